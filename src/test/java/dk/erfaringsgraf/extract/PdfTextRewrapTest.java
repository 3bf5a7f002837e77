package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.text.Similarity;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sorø PDF text set again at another width (70 columns, generated here from its own blocks, headings and
 * labels on lines of their own with no blank line after them, as a PDF's text layer sets them; glyph bullets
 * with a hanging indent, quotes in their marks, the lone quotation-mark lines around runs of quotes) is read with the widths measured on it: the same chapters, and the two columns under
 * each flattened label split the same way.
 */
class PdfTextRewrapTest {

    private static final int WIDTH = 70;
    private static final Document ORIGINAL = CorpusFiles.document(CorpusFiles.SOROE_PDF);

    static String rewrap(Document document, int width) {
        StringBuilder out = new StringBuilder();
        for (Block b : document.blocks()) {
            switch (b.type()) {
                case FURNITURE -> out.append('\n').append(b.text()).append('\n'); // lone quote marks, page numbers
                case HEADING -> out.append(b.text()).append('\n');
                case LIST_ITEM -> wrap("\uF0B7 ", "  ", b.text(), width, out.append('\n'));
                case QUOTE -> wrap("", "", "”" + b.text() + "”", width, out.append('\n'));
                default -> wrap("", "", b.text(), width, out.append('\n'));
            }
        }
        return out.toString();
    }

    private static void wrap(String first, String rest, String text, int width, StringBuilder out) {
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.split(" ")) {
            if (line.length() > start && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
                line.append(rest);
                start = rest.length();
            }
            line.append(line.length() > start ? " " : "").append(word);
        }
        out.append(line).append('\n');
    }

    @Test
    void theColumnSplitSurvivesAnotherLineWidth() {
        Document rewrapped = Documents.of("soroe-70.txt", rewrap(ORIGINAL, WIDTH));
        assertTrue(rewrapped.lines().stream().allMatch(l -> l.length() <= WIDTH));
        List<RawItem> before = bullets(Templates.standard().parse(ORIGINAL).items());
        List<RawItem> after = bullets(Templates.standard().parse(rewrapped).items());
        assertEquals(chapters(before), chapters(after));
        assertEquals(before.size(), after.size());
        int same = 0;
        for (int i = 0; i < before.size(); i++) {
            boolean sameText = Similarity.wordDice(before.get(i).text(), after.get(i).text()) >= 0.85;
            if (sameText && before.get(i).kind() == after.get(i).kind()
                    && before.get(i).section().equals(after.get(i).section())) {
                same++;
            }
        }
        System.out.printf("Sorø PDF text at %d columns: %d of %d column bullets keep kind and chapter%n",
                WIDTH, same, before.size());
        assertEquals(before.size(), same);
    }

    private static List<String> chapters(List<RawItem> items) {
        return items.stream().map(RawItem::section).distinct().toList();
    }

    private static List<RawItem> bullets(List<RawItem> items) {
        return items.stream().filter(i -> i.kindBy() == KindBy.LABEL)
                .filter(i -> i.kind() == ItemKind.OPPORTUNITY || i.kind() == ItemKind.CHALLENGE).toList();
    }
}
