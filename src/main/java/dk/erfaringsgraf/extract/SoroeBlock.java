package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * One unit of the Sorø report as a reader found it: a prose paragraph, a bullet or a label, made of
 * pieces of lines (a piece is usually a whole line; the PDF sometimes sets two cover quotes on one).
 * {@code quoted} says the paragraph was introduced as a quotation (an opening mark or a quote glyph line).
 */
record SoroeBlock(Type type, List<Piece> pieces, SoroeLabel label, boolean quoted) {

    enum Type { PROSE, BULLET, LABEL }

    /** Text from one 1-based line, bullet glyph already removed. */
    record Piece(int line, String text) {
    }

    SoroeBlock {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("A block needs at least one piece of text");
        }
    }

    static SoroeBlock label(int line, String text, SoroeLabel label) {
        return new SoroeBlock(Type.LABEL, List.of(new Piece(line, text)), label, false);
    }

    List<Integer> lines() {
        return pieces.stream().map(Piece::line).distinct().toList();
    }

    List<String> texts() {
        return pieces.stream().map(Piece::text).toList();
    }
}
