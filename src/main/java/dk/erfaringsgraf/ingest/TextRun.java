package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.List;

/** Lines the reflow put together, with what their first line looked like and what surrounds them. */
final class TextRun {

    /** What the first line of a run is, by form alone. */
    enum Start { FURNITURE, MARK, MD_HEADING, MD_QUOTE, CAPTION, CAPS, BULLET, TEXT }

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

    /** Prose or items, which may run on over a page break. */
    boolean flows() {
        return start == Start.TEXT || start == Start.BULLET || start == Start.CAPTION || start == Start.MD_QUOTE;
    }
}
