package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.List;

/** Lines the reflow put together, with what their first line looked like and what surrounds them. */
final class TextRun {

    /** What the first line of a run is, by form alone. */
    enum Start { FURNITURE, MARK, MD_HEADING, MD_QUOTE, CAPTION, CAPS, TITLE, BULLET, TEXT }

    private final Start start;
    private final List<TextLine> lines = new ArrayList<>();
    private final boolean blankBefore;
    private boolean blankAfter;

    TextRun(Start start, TextLine first, boolean blankBefore) {
        this.start = start;
        this.blankBefore = blankBefore;
        lines.add(first);
    }

    void add(TextLine line) {
        lines.add(line);
    }

    void closeWithBlankAfter(boolean blank) {
        blankAfter = blank;
    }

    Start start() {
        return start;
    }

    List<TextLine> lines() {
        return List.copyOf(lines);
    }

    TextLine first() {
        return lines.get(0);
    }

    TextLine last() {
        return lines.get(lines.size() - 1);
    }

    /** Blank lines or the file's edge on both sides: the run stands alone. */
    boolean isolated() {
        return blankBefore && blankAfter;
    }

    /**
     * Opens with a quotation mark that no later mark closes ("”Vanens magt …" with the closing ” still to
     * come): a quotation that a blank line or a line break after a finished sentence split.
     */
    boolean openQuotation() {
        if (lines.size() >= MAX_QUOTATION_LINES) {
            return false;
        }
        String first = first().content().strip();
        if (first.isEmpty() || QUOTE_MARKS.indexOf(first.charAt(0)) < 0) {
            return false;
        }
        long marks = lines.stream().flatMap(l -> l.content().chars().boxed())
                .filter(c -> QUOTE_MARKS.indexOf(c) >= 0).count();
        return marks % 2 == 1;
    }

    /** A pull-quote whose closing mark was lost must not swallow the page: it is a few lines at most. */
    private static final int MAX_QUOTATION_LINES = 10;
    private static final String QUOTE_MARKS = "”“\"„«»";

    /** Prose or items, which may run on over a page break. */
    boolean flows() {
        return start == Start.TEXT || start == Start.BULLET || start == Start.CAPTION || start == Start.MD_QUOTE;
    }
}
