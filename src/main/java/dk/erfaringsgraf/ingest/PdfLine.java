package dk.erfaringsgraf.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One text line of a PDF page in reading order: its words within one column (or across the page when the
 * line spans the columns), and the left and right edges of that column on the page, so indents and line
 * fullness can be judged against the column, not the page.
 *
 * @param column 0-based column on the page; -1 for a line that spans the columns
 */
record PdfLine(int page, int column, List<PdfWord> words, float left, float right) {

    PdfLine {
        words = List.copyOf(words);
    }

    String text() {
        return words.stream().map(PdfWord::text).collect(Collectors.joining(" "));
    }

    float x0() {
        return words.get(0).x0();
    }

    float x1() {
        return words.get(words.size() - 1).x1();
    }

    float baseline() {
        return words.get(0).baseline();
    }

    /** The font size most of the line's characters have. */
    float size() {
        Map<Float, Integer> chars = new HashMap<>();
        words.forEach(w -> chars.merge(w.size(), w.text().length(), Integer::sum));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    boolean bold() {
        return words.stream().allMatch(PdfWord::bold);
    }

    boolean italic() {
        return words.stream().allMatch(PdfWord::italic);
    }

    int chars() {
        return words.stream().mapToInt(w -> w.text().length()).sum();
    }
}
