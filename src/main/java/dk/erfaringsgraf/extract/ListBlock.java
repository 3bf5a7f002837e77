package dk.erfaringsgraf.extract;

import java.util.List;

/**
 * One unit of an {@link InterleavedReport} as the reader found it: a prose paragraph, a bullet or a list
 * label, made of pieces of lines (a piece is usually a whole line; a PDF text sometimes sets two cover
 * quotes on one).
 * {@code kind} is the kind a label gives its list (null for other blocks); {@code quoted} says the paragraph was introduced as a quotation (an opening mark or a quote glyph line).
 */
record ListBlock(Type type, List<Piece> pieces, ItemKind kind, boolean quoted) {

    /**
     * What the block is; a {@code LABEL} names the kind of the bullets under it, a {@code COLUMNS} label
     * heads two lists printed side by side and interleaved in the text, so its bullets hold two kinds.
     */
    enum Type { PROSE, BULLET, LABEL, COLUMNS }

    /** Text from one 1-based line, bullet glyph already removed. */
    record Piece(int line, String text) {
    }

    ListBlock {
        pieces = List.copyOf(pieces);
        if (pieces.isEmpty()) {
            throw new IllegalArgumentException("A block needs at least one piece of text");
        }
    }

    /** A list label line: {@code kind} for one list, null for a {@link Type#COLUMNS} label over two. */
    static ListBlock label(int line, String text, ItemKind kind) {
        Type type = kind == null ? Type.COLUMNS : Type.LABEL;
        return new ListBlock(type, List.of(new Piece(line, text)), kind, false);
    }

    List<Integer> lines() {
        return pieces.stream().map(Piece::line).distinct().toList();
    }

    List<String> texts() {
        return pieces.stream().map(Piece::text).toList();
    }
}
