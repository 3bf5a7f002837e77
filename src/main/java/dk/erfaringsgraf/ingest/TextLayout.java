package dk.erfaringsgraf.ingest;

import dk.erfaringsgraf.ingest.TextRun.Start;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Groups the lines of a text file into runs, one per block: hard-wrapped lines of a paragraph or item
 * joined ({@link LineReflow}), a paragraph cut by a page break joined again, while short lines that
 * merely stand together (a signature, an address) stay apart. Every non-blank line lands in exactly one run.
 */
final class TextLayout {

    /** A page break in an export leaves one or two blank lines (one of them perhaps a lone space). */
    private static final int MAX_BREAK_BLANKS = 2;
    /** Longer all-capitals lines are shouted prose, not a heading. */
    private static final int MAX_CAPS_WORDS = 12;
    private static final Pattern CAPTION = Pattern.compile(
            "(?iu)^(?:(?:foto|kilde|illustration)\\s*:|(?:figur|tabel)\\s+\\d)");

    private final LineReflow reflow;
    private final TextFurniture furniture;
    private final TextTitles titles;

    TextLayout(LineReflow reflow, TextFurniture furniture, TextTitles titles) {
        this.reflow = reflow;
        this.furniture = furniture;
        this.titles = titles;
    }

    /** The runs of {@code lines}, in file order. */
    List<TextRun> runs(List<TextLine> lines) {
        List<TextRun> runs = new ArrayList<>();
        TextRun current = null;
        int blanks = 0;
        for (TextLine line : lines) {
            if (line.blank()) {
                blanks++;
                continue;
            }
            Start start = startOf(line);
            if (start == Start.BULLET && blanks == 0 && current != null && current.start() == Start.TEXT
                    && !BulletMarks.of(line).orElseThrow().opensList()) {
                start = Start.TEXT;
            }
            if (current != null && continues(current, line, start, blanks)) {
                current.add(line);
            } else {
                if (current != null) {
                    current.closeWithBlankAfter(blanks > 0);
                }
                current = new TextRun(start, line, current == null || blanks > 0);
                runs.add(current);
            }
            blanks = 0;
        }
        if (current != null) {
            current.closeWithBlankAfter(true);
        }
        return runs;
    }

    Start startOf(TextLine line) {
        if (furniture.is(line)) {
            return TextFurniture.isLoneMark(line) ? Start.MARK : Start.FURNITURE;
        }
        if (MarkdownMarks.headingLevel(line) > 0) {
            return Start.MD_HEADING;
        }
        if (titles.is(line)) {
            return Start.TITLE;
        }
        if (MarkdownMarks.isQuote(line)) {
            return Start.MD_QUOTE;
        }
        if (CAPTION.matcher(line.content()).find()) {
            return Start.CAPTION;
        }
        if (BulletMarks.of(line).isPresent()) {
            return Start.BULLET;
        }
        if (line.allCaps() && line.words() <= MAX_CAPS_WORDS && !line.content().endsWith(".")) {
            return Start.CAPS;
        }
        return Start.TEXT;
    }

    private boolean continues(TextRun run, TextLine line, Start start, int blanks) {
        if (start == Start.TITLE) {
            return false;
        }
        if (blanks > 0) {
            boolean lower = start == Start.TEXT ? line.opensLower() : start == Start.BULLET && lowerAfterMark(line);
            return blanks <= MAX_BREAK_BLANKS && run.flows()
                    && (reflow.continuesAcrossBreak(run.last(), lower) || (start == Start.TEXT && run.openQuotation() && !line.opensQuotation()));
        }
        return switch (run.start()) {
            case FURNITURE, MARK, MD_HEADING, TITLE -> false;
            case MD_QUOTE -> start == Start.MD_QUOTE;
            case CAPS -> start == Start.CAPS;
            default -> flowsInto(run, line, start);
        };
    }

    /** Whether {@code line} goes on with the paragraph, item or caption {@code run}. */
    private boolean flowsInto(TextRun run, TextLine line, Start start) {
        TextLine last = run.last();
        return switch (start) {
            case TEXT -> (reflow.continues(last, line) && !startsAfterItem(run, line))
                    || (run.start() == Start.BULLET && hanging(run, line))
                    || (run.openQuotation() && line.indent() <= run.first().indent() && !line.opensQuotation());
            case BULLET -> reflow.continuesIntoMark(last, lowerAfterMark(line), reflow.full(last, line),
                    run.start() == Start.TEXT);
            case CAPS -> last.breakHyphen() || (reflow.full(last, line) && !last.ends());
            default -> false;
        };
    }

    /**
     * Indented as far as the item's text after its mark: the wrapped rest of a list item, as editors indent it.
     * A line indented less than that, yet more than the mark, is no part of the item.
     */
    private static boolean hanging(TextRun run, TextLine line) {
        BulletMarks.Mark mark = BulletMarks.of(run.first()).orElseThrow();
        return line.indent() > mark.indent() && line.indent() >= mark.textStart();
    }

    /**
     * A capitalised line set in from the margin, yet short of the item's text, right after a list item: a new
     * paragraph or label ("opdaterede." ⏎ " Organisationens ideer til løsninger"), as a PDF's text layer sets it.
     */
    private static boolean startsAfterItem(TextRun run, TextLine line) {
        if (run.start() != Start.BULLET || line.opensLower()) {
            return false;
        }
        BulletMarks.Mark mark = BulletMarks.of(run.first()).orElseThrow();
        return line.indent() > mark.indent() && line.indent() < mark.textStart();
    }

    private static boolean lowerAfterMark(TextLine line) {
        Optional<BulletMarks.Mark> mark = BulletMarks.of(line);
        if (mark.isEmpty()) {
            return false;
        }
        String rest = BulletMarks.text(line, mark.get());
        return TextLine.of(line.number(), rest).opensLower();
    }
}
