package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of consecutive non-blank lines of a document (1-based line numbers), the unit most templates
 * start from before joining blocks that a page break or blank line split in the middle of a sentence.
 */
record LineRun(List<Integer> lines) {

    LineRun {
        lines = List.copyOf(lines);
    }

    int first() {
        return lines.get(0);
    }

    int last() {
        return lines.get(lines.size() - 1);
    }

    List<String> texts(Document document) {
        return lines.stream().map(document::line).toList();
    }

    /** The blocks of a whole document; {@code maxGap} blank lines or fewer do not end a block. */
    static List<LineRun> split(Document document, int maxGap) {
        List<LineRun> blocks = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        int blanks = 0;
        for (int n = 1; n <= document.lineCount(); n++) {
            if (document.isBlank(n)) {
                blanks++;
                continue;
            }
            if (!current.isEmpty() && blanks > maxGap) {
                blocks.add(new LineRun(current));
                current = new ArrayList<>();
            }
            current.add(n);
            blanks = 0;
        }
        if (!current.isEmpty()) {
            blocks.add(new LineRun(current));
        }
        return blocks;
    }
}
