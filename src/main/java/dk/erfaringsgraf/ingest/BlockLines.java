package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The text rendering of a structured form (Word, web page): one line per block, a blank line between
 * blocks. A block's line is then its position in the document ("paragraph N"), so provenance means the same
 * for every form that has no lines of its own.
 */
final class BlockLines {

    private final List<String> lines = new ArrayList<>();
    private final List<Block> blocks = new ArrayList<>();

    /** Adds a block with its text whitespace-folded; text that folds to nothing is not a block. */
    void add(BlockType type, int level, String text) {
        String folded = TextJoiner.fold(text);
        if (folded.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add("");
        }
        lines.add(folded);
        blocks.add(Block.of(type, level, folded, lines.size(), lines.size()));
    }

    /** Adds a table row, its non-empty-row cells folded and joined by " | "; a row of empty cells is skipped. */
    void addRow(List<String> cells) {
        List<String> folded = cells.stream().map(TextJoiner::fold).toList();
        if (folded.stream().anyMatch(cell -> !cell.isEmpty())) {
            add(BlockType.TABLE_ROW, 0, String.join(" | ", folded));
        }
    }

    int size() {
        return blocks.size();
    }

    /**
     * The document of the blocks added so far.
     *
     * @throws InputException naming the file when no block has text
     */
    Document document(String file, byte[] bytes, String charset, String format) {
        if (blocks.isEmpty()) {
            throw new InputException(file + ": contains no text");
        }
        return new Document(file, lines, charset, Documents.sha256(bytes), format, blocks);
    }
}
