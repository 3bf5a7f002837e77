package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps the words of an item's one-line text back to the file lines it was read from, so a part of it (one
 * sentence of a paragraph) keeps its own provenance. The text's words are walked against the lines' words in
 * order; a word the reader joined over a line-end hyphen ("hin-" "anden") takes the line it starts on, and a
 * word the reader changed (a quote mark, a ligature) takes the line the walk stands on.
 */
final class LineAlignment {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    /** How far ahead in the lines a word that does not match at once is looked for. */
    private static final int LOOK_AHEAD = 6;

    private final List<int[]> words = new ArrayList<>();
    private final int firstLine;

    private LineAlignment(int firstLine) {
        this.firstLine = firstLine;
    }

    static LineAlignment of(Document document, RawItem item) {
        List<String> lineWords = new ArrayList<>();
        List<Integer> lineOf = new ArrayList<>();
        for (int n : item.lines()) {
            Matcher m = WORD.matcher(document.line(n).toLowerCase(Locale.ROOT));
            while (m.find()) {
                lineWords.add(m.group());
                lineOf.add(n);
            }
        }
        LineAlignment out = new LineAlignment(item.line());
        Matcher m = WORD.matcher(item.text().toLowerCase(Locale.ROOT));
        int at = 0;
        while (m.find()) {
            String word = m.group();
            int line = at < lineOf.size() ? lineOf.get(at) : item.lineTo();
            int found = find(lineWords, at, word);
            if (found >= 0) {
                line = lineOf.get(found);
                at = found + 1;
            } else if (at + 1 < lineWords.size() && word.equals(lineWords.get(at) + lineWords.get(at + 1))) {
                at += 2;
            }
            out.words.add(new int[] {m.start(), line});
        }
        return out;
    }

    private static int find(List<String> lineWords, int from, String word) {
        for (int i = from; i < Math.min(lineWords.size(), from + LOOK_AHEAD); i++) {
            if (lineWords.get(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lines of the words that start within {@code [start, end)} of the text; the first line if none. The
     * words are in text order, so only those in the range are visited (a paragraph split into many runs was
     * quadratic when every run walked all its words).
     */
    List<Integer> lines(int start, int end) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int i = firstAtOrAfter(start); i < words.size() && words.get(i)[0] < end; i++) {
            out.add(words.get(i)[1]);
        }
        if (out.isEmpty()) {
            out.add(firstLine);
        }
        return List.copyOf(out);
    }

    private int firstAtOrAfter(int start) {
        int lo = 0;
        int hi = words.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (words.get(mid)[0] < start) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
