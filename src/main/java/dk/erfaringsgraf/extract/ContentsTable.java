package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import dk.erfaringsgraf.text.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's table of contents ("Teknologi⇥10", "Lokaldemokrati.....⇥22"): the entry titles, read from the
 * first run of at least three entry lines, and the blocks after it that are those chapters' headings.
 */
final class ContentsTable {

    private static final Pattern ENTRY = Pattern.compile("^(\\S.*?)(?:\\s*[.…]{2,}\\s*|\\t+\\s*)(\\d{1,3})\\s*$");
    private static final int MIN_ENTRIES = 3;
    /** A heading may differ from its entry by a word ("Hvad vi lærte/hørte, kort fortalt"). */
    private static final double MIN_TITLE_SIMILARITY = 0.75;
    /** A heading may add a little to its entry (a subtitle, a footnote mark), not a sentence. */
    private static final int MAX_EXTRA = 10;

    private final List<String> titles;
    private final int lastIndex;

    private ContentsTable(List<String> titles, int lastIndex) {
        this.titles = List.copyOf(titles);
        this.lastIndex = lastIndex;
    }

    static ContentsTable read(Document document) {
        List<Block> blocks = document.blocks();
        List<String> titles = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < blocks.size(); i++) {
            Matcher m = ENTRY.matcher(document.line(blocks.get(i).line()).strip());
            if (blocks.get(i).lineCount() == 1 && m.matches()) {
                titles.add(TextJoiner.fold(m.group(1)));
                last = i;
            } else if (!titles.isEmpty()) {
                if (titles.size() >= MIN_ENTRIES) {
                    break;
                }
                titles.clear();
            }
        }
        return titles.size() >= MIN_ENTRIES ? new ContentsTable(titles, last) : new ContentsTable(List.of(), -1);
    }

    boolean present() {
        return !titles.isEmpty();
    }

    /** Indexes of the blocks after the contents that are its chapters' headings, searched in order. */
    List<Integer> headings(List<Block> blocks, List<String> warnings, String file) {
        List<Integer> found = new ArrayList<>();
        int from = lastIndex + 1;
        for (String title : titles) {
            int i = find(blocks, title, from);
            if (i < 0) {
                warnings.add(file + ": no heading for contents entry '" + title + "'");
            } else {
                found.add(i);
                from = i + 1;
            }
        }
        return found;
    }

    private static int find(List<Block> blocks, String title, int from) {
        for (int i = from; i < blocks.size(); i++) {
            String s = blocks.get(i).text();
            if (s.length() <= title.length() + MAX_EXTRA && matches(s, title)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean matches(String text, String title) {
        return letters(text).equals(letters(title)) || Similarity.wordDice(text, title) >= MIN_TITLE_SIMILARITY;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
