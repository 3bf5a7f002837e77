package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Decides whether a hard-wrapped line runs on into the next. The wrap width is estimated from the file
 * itself: the lines that certainly run on (they end in a break hyphen, or an unfinished clause followed by a
 * lower-case line) show how long the editor let lines grow. A line is then <em>full</em> when the next
 * line's first word would not have fitted after it; a deliberate break leaves room for that word.
 * A file without such evidence was not wrapped (one paragraph per line), and only hyphens join lines.
 */
final class LineReflow {

    /** One certain run-on may be a coincidence; two show an editor at work, even in a short note. */
    private static final int MIN_EVIDENCE = 2;
    /** Wrapped prose lines carry several words; shorter lines are labels, signatures, addresses. */
    private static final int MIN_WRAPPED_WORDS = 4;
    /** A prose line of a column carries at least this many characters; shorter lines are labels, names, titles. */
    private static final int MIN_COLUMN_CHARS = 30;
    /** Two lines of one column are about equally long: each at least this share of the other. */
    private static final double SAME_COLUMN = 0.8;
    /** The share of run-on lines the width must cover; the rest are a stray long line or two. */
    private static final double WIDTH_PERCENTILE = 0.95;

    /** A paragraph's last line is clearly shorter than the next paragraph's first: at most this share of it. */
    private static final double SHORT_LAST_LINE = 0.7;
    /** Paragraphs are set apart by blank lines when at least this many of their ends are, per end that is not. */
    private static final int BLANK_ENDS_PER_BARE_END = 4;

    private final int width;
    private final boolean blankBetweenParagraphs;

    LineReflow(int width) {
        this(width, false);
    }

    private LineReflow(int width, boolean blankBetweenParagraphs) {
        this.width = width;
        this.blankBetweenParagraphs = blankBetweenParagraphs;
    }

    /** Estimates the wrap width of {@code lines} (0 when the file shows no wrapping). */
    static LineReflow estimate(List<TextLine> lines) {
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (!line.blank() && !next.blank() && line.words() >= MIN_WRAPPED_WORDS && certainRunOn(line, next)) {
                lengths.add(line.length());
            }
        }
        if (lengths.size() < MIN_EVIDENCE) {
            return new LineReflow(0);
        }
        Collections.sort(lengths);
        return new LineReflow(lengths.get((int) Math.ceil(WIDTH_PERCENTILE * lengths.size()) - 1),
                blankBetweenParagraphs(lines));
    }

    /**
     * Whether the file sets its paragraphs apart by blank lines: a finished line followed by a blank line and a
     * new sentence is far more common than a short finished line followed directly by a longer one. In such a
     * file a sentence that ends at a line's end goes on in the same paragraph on the next line, whether the line
     * is full or a re-wrap cut it short ("… i vores" ⏎ "personalepolitik." ⏎ "Men jeg tror …"), unless the next
     * line is set in (a first-line indent) or the line closes a quotation.
     */
    private static boolean blankBetweenParagraphs(List<TextLine> lines) {
        int blankEnds = 0;
        int bareEnds = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine line = lines.get(i);
            if (line.blank() || !line.finished()) {
                continue;
            }
            TextLine next = lines.get(i + 1);
            if (next.blank()) {
                int j = i + 1;
                while (j < lines.size() && lines.get(j).blank()) {
                    j++;
                }
                blankEnds += j < lines.size() && !lines.get(j).opensLower() ? 1 : 0;
            } else if (shortBefore(line, next)) {
                bareEnds++;
            }
        }
        return blankEnds >= MIN_EVIDENCE && blankEnds >= BLANK_ENDS_PER_BARE_END * bareEnds;
    }

    private static boolean shortBefore(TextLine line, TextLine next) {
        return !next.opensLower() && line.length() <= SHORT_LAST_LINE * next.length();
    }

    private static boolean certainRunOn(TextLine line, TextLine next) {
        return line.breakHyphen() || (!line.finished() && next.opensLower());
    }

    /** The estimated wrap width in characters, 0 for a file whose paragraphs are one line each. */
    int width() {
        return width;
    }

    boolean wrapped() {
        return width > 0;
    }

    /**
     * The next line's first word would not have fitted after {@code line}: the editor had to break. A line
     * of one word (a web address, a name) is a line of its own, however long.
     */
    boolean full(TextLine line, TextLine next) {
        return wrapped() && line.words() > 1 && line.length() + 1 + next.firstWordLength() > width;
    }

    /** Whether {@code next}, right below {@code line}, continues its paragraph or item. */
    boolean continues(TextLine line, TextLine next) {
        if (line.breakHyphen() || full(line, next) || fillsColumn(line, next)) {
            return true;
        }
        // a first-line indent or a closed quotation still ends a paragraph
        if (blankBetweenParagraphs && line.ends() && !next.opensLower() && next.words() >= MIN_WRAPPED_WORDS
                && next.indent() <= line.indent() && !line.closesQuotation() && !next.opensQuotation()) {
            return true;
        }
        // an unfinished clause of some words running into a lower-case line is one sentence, wrapped or not:
        // a short note may have too few such lines to show its width
        // a comma ends a clause, not a paragraph, in a line of prose; a signature's first line ("Ulrik Andersen,")
        // is a few words
        boolean commaInProse = line.content().endsWith(",") && line.words() >= MIN_WRAPPED_WORDS;
        return !line.finished() && (next.opensLower() || next.opensNumberInSentence() || line.endsMidClause()
                || commaInProse);
    }

    /**
     * A prose line that runs into the next ("… snakke med" ⏎ "MED-systemet om, …", "… personalepolitik." ⏎
     * "Men jeg tror …") because both lines fill the same column: about equally long, and the next line's first word would not
     * have fitted after this one. Measured on the two lines, not the file's width, because a text dump mixes
     * columns of different widths (narrow body columns, wide quotes); a heading or signature is shorter than
     * the prose after it and stays apart.
     */
    private static boolean fillsColumn(TextLine line, TextLine next) {
        int width = Math.max(line.length(), next.length());
        return line.words() >= MIN_WRAPPED_WORDS && line.length() >= MIN_COLUMN_CHARS
                && Math.min(line.length(), next.length()) >= SAME_COLUMN * width
                && line.length() + 1 + next.firstWordLength() > width;
    }

    /**
     * Whether a line that looks like a list item ("– at …", "29. juni …") is the wrapped rest of a sentence:
     * the line above is unfinished, the text after the mark opens in lower case ({@code lowerAfterMark}),
     * and the line above is full or is prose (an item's unfinished last line before a new item is common).
     */
    boolean continuesIntoMark(TextLine line, boolean lowerAfterMark, boolean full, boolean afterProse) {
        if (line.breakHyphen()) {
            return true;
        }
        return lowerAfterMark && !line.finished() && ((full && !line.ends()) || (afterProse && wrapped()));
    }

    /**
     * A page break (blank lines) inside a paragraph: the sentence is unfinished and goes on in lower case
     * ({@code lowerNext}: the next line, or its text after a mark such as the ordinal of "25. august").
     */
    boolean continuesAcrossBreak(TextLine last, boolean lowerNext) {
        return !last.finished() && lowerNext;
    }
}
