package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of non-blank lines between blank lines. In the KL report every paragraph, heading, quote and
 * attribution stands in a block of its own, so blocks are the unit the layout is read in.
 */
record KlBlock(List<Integer> lines, List<String> texts) {

    KlBlock {
        lines = List.copyOf(lines);
        texts = List.copyOf(texts);
    }

    /** Splits {@code document} into blocks, in order. */
    static List<KlBlock> of(Document document) {
        List<KlBlock> blocks = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (document.isBlank(n)) {
                flush(blocks, lines, texts);
            } else {
                lines.add(n);
                texts.add(document.line(n));
            }
        }
        flush(blocks, lines, texts);
        return List.copyOf(blocks);
    }

    private static void flush(List<KlBlock> blocks, List<Integer> lines, List<String> texts) {
        if (!lines.isEmpty()) {
            blocks.add(new KlBlock(lines, texts));
            lines.clear();
            texts.clear();
        }
    }

    boolean single() {
        return lines.size() == 1;
    }

    /** The first line's text, whitespace folded. */
    String head() {
        return KlLines.folded(texts.get(0));
    }

    /** The last line's text, whitespace folded. */
    String tail() {
        return KlLines.folded(texts.get(texts.size() - 1));
    }
}
