package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.TextJoiner;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Sorø PDF text re-wrapped at another width (70 columns, generated here) is read with the widths
 * measured on it: headings are still found, and the interleaved columns are still split the same way.
 */
class InterleavedColumnsRewrapTest {

    private static final int WIDTH = 70;
    private static final Document ORIGINAL = CorpusFiles.document(CorpusFiles.SOROE_PDF);

    /**
     * Each paragraph (non-blank lines up to a blank line, heading, label, bullet or indented line) joined,
     * dehyphenated and wrapped at {@code width}.
     */
    static String rewrap(Document document, int width) {
        InterleavedHeadings headings = InterleavedHeadings.find(document);
        TextJoiner joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
        StringBuilder out = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            boolean alone = headings.contains(n) || InterleavedColumnsReader.isLabel(TextJoiner.fold(line));
            boolean indented = !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && !line.isBlank();
            if (document.isBlank(n) || alone || InterleavedColumnsReader.isBullet(line) || indented) {
                flush(paragraph, joiner, width, out);
            }
            if (document.isBlank(n)) {
                out.append('\n');
            } else if (alone) {
                out.append(TextJoiner.fold(line)).append('\n');
            } else {
                paragraph.add(line);
            }
        }
        flush(paragraph, joiner, width, out);
        return out.toString();
    }

    private static void flush(List<String> paragraph, TextJoiner joiner, int width, StringBuilder out) {
        if (paragraph.isEmpty()) {
            return;
        }
        // a paragraph that opened indented keeps its indent: the PDF text's mark of a new block
        boolean indented = Character.isWhitespace(paragraph.get(0).charAt(0));
        StringBuilder line = new StringBuilder(indented ? " " : "");
        for (String word : joiner.join(paragraph).split(" ")) {
            if (!line.isEmpty() && !line.toString().isBlank() && line.length() + 1 + word.length() > width) {
                out.append(line).append('\n');
                line.setLength(0);
            }
            line.append(line.toString().isBlank() ? "" : " ").append(word);
        }
        out.append(line).append('\n');
        paragraph.clear();
    }

    @Test
    void theColumnSplitSurvivesAnotherLineWidth() {
        Document rewrapped = Documents.of("soroe-70.txt", rewrap(ORIGINAL, WIDTH));
        assertTrue(rewrapped.lines().stream().allMatch(l -> l.length() <= WIDTH));
        // every chapter heading is still found; the front matter differs: the cover title, now followed by
        // long cover-quote lines, reads as a heading, and "Hvad vi hørte, kort fortalt" follows the
        // signature joined into one long unpunctuated line, so it reads as that line's wrapped end
        List<String> expected = new ArrayList<>(headingTexts(ORIGINAL));
        expected.remove("Hvad vi hørte, kort fortalt");
        expected.add(0, "Læring og erfaring i en Corona-krise");
        assertEquals(expected, headingTexts(rewrapped), "headings found at 70 columns");
        List<RawItem> before = bullets(SoroeReportTest.parse(new InterleavedColumnsTemplate(), ORIGINAL).items());
        List<RawItem> after = bullets(SoroeReportTest.parse(new InterleavedColumnsTemplate(), rewrapped).items());
        assertEquals(before.size(), after.size());
        int same = 0;
        for (int i = 0; i < before.size(); i++) {
            boolean sameText = Similarity.wordDice(before.get(i).text(), after.get(i).text()) >= 0.85;
            if (sameText && before.get(i).kind() == after.get(i).kind()
                    && before.get(i).section().equals(after.get(i).section())) {
                same++;
            }
        }
        double share = same / (double) before.size();
        System.out.printf("Sorø PDF text at %d columns: %d of %d column bullets keep kind and chapter (%.1f %%)%n",
                WIDTH, same, before.size(), 100 * share);
        assertTrue(share >= 0.9, same + " of " + before.size());
        assertEquals(before.size(), same);
    }

    private static List<String> headingTexts(Document document) {
        return InterleavedHeadings.find(document).lines().stream().sorted().map(n -> TextJoiner.fold(document.line(n)))
                .toList();
    }

    private static List<RawItem> bullets(List<RawItem> items) {
        return items.stream().filter(i -> i.kind() == ItemKind.OPPORTUNITY || i.kind() == ItemKind.CHALLENGE)
                .toList();
    }
}
