package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds the section headings of a PDF text dump from layout alone (it has no table of contents): a
 * heading is a capitalised line of a few words ({@link #MAX_WORDS}) that does not end like a sentence or a
 * broken word and is followed by a full-width line of prose, the first line of the section's introduction,
 * and that does not finish a sentence wrapped from the full-width line above it. Body lines are never
 * followed by a full-width line while being short and unpunctuated themselves, except at paragraph ends,
 * which end with punctuation. The same holds when an export re-wrapped the text narrower: a heading is
 * never followed by a line that runs on in lower case, and leaves room for the next line's first word,
 * which a wrapped prose line does not.
 *
 * <p>Widths are measured on the document, never fixed: the text width is a high percentile
 * ({@link #TEXT_WIDTH_PERCENTILE}) of its non-blank line lengths, so a few overlong lines do not count; a
 * line of at least {@link #FULL} of it is full-width prose (a two-column line is about half).
 */
record InterleavedHeadings(Set<Integer> lines) {

    static final double TEXT_WIDTH_PERCENTILE = 0.95;
    /** Share of the text width from which a line is full-width prose. */
    static final double FULL = 0.75;
    /**
     * Words a heading has at most: "clearly shorter than a prose line" counted in words, not as a share of
     * the text width, since a title keeps its length when an export wraps the prose around it narrower.
     */
    static final int MAX_WORDS = 8;

    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:”\"]");

    InterleavedHeadings {
        lines = Set.copyOf(lines);
    }

    static InterleavedHeadings find(Document document) {
        int width = textWidth(document);
        Set<Integer> found = new TreeSet<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (isHeadingShaped(document.line(n)) && nextIsProse(document, n, width)
                    && !continuesLineBefore(document, n, FULL * width)) {
                found.add(n);
            }
        }
        return new InterleavedHeadings(found);
    }

    /** The document's text width in characters: a high percentile of its non-blank line lengths. */
    static int textWidth(Document document) {
        int[] lengths = document.lines().stream().map(TextJoiner::fold).mapToInt(String::length).filter(l -> l > 0)
                .sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[(int) Math.min(lengths.length - 1, Math.floor(TEXT_WIDTH_PERCENTILE * lengths.length))];
    }

    boolean contains(int line) {
        return lines.contains(line);
    }

    private static boolean isHeadingShaped(String line) {
        String s = TextJoiner.fold(line);
        if (s.length() < 3 || s.split("\\s+").length > MAX_WORDS || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".,:;!?-–".indexOf(last) < 0 && !line.strip().contains("   ")
                && !InterleavedColumnsReader.isBullet(line) && !InterleavedColumnsReader.isLabel(s);
    }

    /** The line ends a sentence wrapped from the full-width line right above it ("… i Nord og" ⏎ "Syd"). */
    private static boolean continuesLineBefore(Document document, int line, double minLength) {
        if (line == 1 || document.isBlank(line - 1)) {
            return false;
        }
        String before = TextJoiner.fold(document.line(line - 1));
        return before.length() >= minLength && !SENTENCE_END.matcher(before).matches();
    }

    /**
     * The next non-blank line is full-width prose that the heading did not run into: it opens a sentence (a
     * line running on in lower case, "Det var" ⏎ "ikke bare …", is the wrapped start of that sentence), and
     * its first word would have fitted after the heading within the text width (a line it would not have
     * fitted after, "… gruppeinterviews over" ⏎ "Teams. På …", is a wrapped prose line).
     */
    private static boolean nextIsProse(Document document, int line, int width) {
        for (int n = line + 1; n <= document.lineCount(); n++) {
            if (!document.isBlank(n)) {
                String next = TextJoiner.fold(document.line(n)).strip();
                String firstWord = next.split("\\s+")[0];
                return next.length() >= FULL * width && !Character.isLowerCase(next.codePointAt(0))
                        && TextJoiner.fold(document.line(line)).length() + 1 + firstWord.length() <= width;
            }
        }
        return false;
    }
}
