package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * One unit of the Sorø report as a reader found it: a prose paragraph, a bullet or a label, made of
 * pieces of lines (a piece is usually a whole line; the PDF sometimes sets two cover quotes on one).
 * {@code quoted} says the paragraph was introduced as a quotation (an opening mark or a quote glyph line).
 */
record ListBlock(Type type, List<Piece> pieces, ListLabel label, boolean quoted) {

    enum Type { PROSE, BULLET, LABEL }

    /** Text from one 1-based line, bullet glyph already removed. */
    record Piece(int line, String text) {
    }

    ListBlock {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("A block needs at least one piece of text");
        }
    }

    static ListBlock label(int line, String text, ListLabel label) {
        return new ListBlock(Type.LABEL, List.of(new Piece(line, text)), label, false);
    }

    List<Integer> lines() {
        return pieces.stream().map(Piece::line).distinct().toList();
    }

    List<String> texts() {
        return pieces.stream().map(Piece::text).toList();
    }
}
