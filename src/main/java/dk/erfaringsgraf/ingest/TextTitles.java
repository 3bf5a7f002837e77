package dk.erfaringsgraf.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Titles a text sets on a line of their own with no blank line around them, as a PDF's text layer does: a
 * capitalised line of a few words ({@link #MAX_WORDS}) that does not end like a sentence or a broken word,
 * followed by a full-width line of prose that opens a sentence, and that does not finish a sentence wrapped
 * from the full-width line above it. A wrapped prose line is never short and unpunctuated while the next line
 * is full, except at a paragraph's end, which ends with punctuation; and a title leaves room for the next
 * line's first word, which a wrapped line does not.
 *
 * <p>Widths are measured on the document, never fixed: the text width is a high percentile
 * ({@link #TEXT_WIDTH_PERCENTILE}) of its non-blank line lengths, so a few overlong lines do not count; a line
 * of at least {@link #FULL} of it is full-width prose (a two-column line is about half).
 */
final class TextTitles {

    static final double TEXT_WIDTH_PERCENTILE = 0.95;
    /** Share of the text width from which a line is full-width prose. */
    static final double FULL = 0.75;
    /** Words a title has at most; counted in words, since a title keeps its length when prose is re-wrapped. */
    static final int MAX_WORDS = 8;

    /** Closing quotation marks and brackets after a line's last word. */
    private static final Pattern CLOSERS = Pattern.compile("[”“\"»)’']+$");
    private static final Pattern SIGNED = Pattern.compile(",\\s*\\p{Lu}");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:”\"]");

    private final Set<Integer> titles = new HashSet<>();

    TextTitles(List<TextLine> lines) {
        int width = textWidth(lines);
        for (int i = 0; i < lines.size(); i++) {
            boolean over = nextIsProse(lines, i, width) || labelsList(lines, i);
            if (titleShaped(lines.get(i)) && over && !endsLineBefore(lines, i, FULL * width)) {
                titles.add(lines.get(i).number());
            }
        }
    }

    boolean is(TextLine line) {
        return titles.contains(line.number());
    }

    private static int textWidth(List<TextLine> lines) {
        int[] lengths = lines.stream().filter(l -> !l.blank()).mapToInt(TextLine::length).sorted().toArray();
        if (lengths.length == 0) {
            return 0;
        }
        return lengths[(int) Math.min(lengths.length - 1, Math.floor(TEXT_WIDTH_PERCENTILE * lengths.length))];
    }

    private static boolean titleShaped(TextLine line) {
        String s = line.content().strip();
        if (s.length() < 3 || line.words() > MAX_WORDS || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        String bare = CLOSERS.matcher(s).replaceFirst("");
        if (bare.isEmpty() || line.opensQuotation()) {
            return false; // a quotation, not a title
        }
        char last = bare.charAt(bare.length() - 1);
        // upper-case headings, which a wrap may break over lines, are read by their capitals; a name before a
        // comma and a capital is a signature ("Flemming Storgaard, Ikast-Brande Kommune"), not a title such as
        // "Hvad vi hørte, kort fortalt"
        return ".,:;!?-–".indexOf(last) < 0 && !s.contains("   ") && !SIGNED.matcher(s).find()
                && BulletMarks.of(line).isEmpty()
                && !line.endsMidClause() && !line.allCaps();
    }

    /** The line ends a sentence wrapped from the full-width line right above it ("… i Nord og" ⏎ "Syd"). */
    private static boolean endsLineBefore(List<TextLine> lines, int i, double minLength) {
        if (i == 0 || lines.get(i - 1).blank()) {
            return false;
        }
        String before = lines.get(i - 1).content().strip();
        // "Birgitte Lundgren," ⏎ "Rudersdal Kommune": the rest of a line that runs on
        return lines.get(i - 1).endsMidClause() || (before.endsWith(",") && lines.get(i - 1).words() > 1)
                || (before.length() >= minLength && !SENTENCE_END.matcher(before).matches());
    }

    /**
     * A list's label: the line before ends a sentence (or is blank) and the next non-blank line is a list item
     * ("… opdaterede." ⏎ "Ideer til løsninger" ⏎ "• Vi skal …").
     */
    private static boolean labelsList(List<TextLine> lines, int i) {
        boolean afterSentence = i == 0 || lines.get(i - 1).blank() || lines.get(i - 1).finished();
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank()) {
                return afterSentence && BulletMarks.of(lines.get(j)).isPresent();
            }
        }
        return false;
    }

    /**
     * The next non-blank line is full-width prose the title did not run into: it opens a sentence (a line going
     * on in lower case is the wrapped start of that sentence), and its first word would have fitted after the
     * title within the text width.
     */
    private static boolean nextIsProse(List<TextLine> lines, int i, int width) {
        for (int j = i + 1; j < lines.size(); j++) {
            TextLine next = lines.get(j);
            if (!next.blank()) {
                return next.length() >= FULL * width && !next.opensLower() && BulletMarks.of(next).isEmpty()
                        && lines.get(i).content().strip().length() + 1 + next.firstWordLength() <= width;
            }
        }
        return false;
    }
}
