package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups the lines of a PDF, in reading order, into blocks by what the layout shows. Sizes are measured on
 * the document itself: the body size is the size of most characters, the line pitch the most common baseline
 * distance between body lines. Consecutive lines of one size and style at that pitch form a paragraph; a
 * wider gap, a size or style change, a bullet or a heading starts a new block. A paragraph or list item that
 * runs on into the next column or page continues there unless its last line ended a sentence with room
 * left for the next word (the mark of a paragraph's last line). Indents are measured from the column's
 * body edges over the whole document ({@link PdfFrames}); a paragraph set in on both sides is a quote, as is
 * one set wholly in italics.
 */
final class PdfLayout {

    /** A heading's size is at least this factor above the body size. */
    private static final float HEADING_FACTOR = 1.15f;
    /** A bold body-size line of at most this many words, not ending a sentence, is a heading. */
    private static final int BOLD_HEADING_WORDS = 12;
    /** Room, in body sizes beyond the next word, that makes a line without a sentence end a short line. */
    private static final float SHORT_LINE_ROOM = 3f;
    /** A baseline distance above this factor of the pitch is a gap between blocks. */
    private static final float GAP_FACTOR = 1.3f;
    /**
     * Indent, in the line's size, from the column's body edge that sets a block in: more than a first-line
     * indent (about one em), less than a blockquote's (two and a half em in browsers, Word's Quote style).
     */
    private static final float SET_IN = 1.5f;
    /** Room, in the line's size, a set-in block leaves before the column's right edge at its widest line. */
    private static final float SET_IN_RIGHT = 1f;

    /** Lines of one block and what they are. */
    static final class Group {
        final BlockType type;
        final int level;
        final List<PdfLine> lines = new ArrayList<>();
        /** Left edge of a list item's text relative to its column, to recognise continuation lines. */
        final float indent;

        Group(BlockType type, int level, PdfLine first, float indent) {
            this.type = type;
            this.level = level;
            this.indent = indent;
            lines.add(first);
        }

        /** The same lines as another type. */
        Group as(BlockType other) {
            Group group = new Group(other, level, lines.get(0), indent);
            group.lines.addAll(lines.subList(1, lines.size()));
            return group;
        }

        PdfLine last() {
            return lines.get(lines.size() - 1);
        }
    }

    private final float body;
    private final float pitch;
    private final List<Float> headingSizes;
    private final PdfFrames frames;

    private PdfLayout(List<PdfLine> text) {
        this.frames = new PdfFrames(text);
        this.body = bodySize(text);
        this.pitch = pitch(text, body);
        this.headingSizes = text.stream().map(PdfLine::size).filter(s -> s >= HEADING_FACTOR * body).distinct()
                .sorted((a, b) -> Float.compare(b, a)).toList();
    }

    /** The blocks of {@code lines} (reading order), furniture lines each a block of their own. */
    static List<Group> groups(List<PdfLine> lines, Set<PdfLine> furniture) {
        List<PdfLine> text = lines.stream().filter(l -> !furniture.contains(l)).toList();
        if (text.isEmpty()) {
            return lines.stream().map(l -> new Group(BlockType.FURNITURE, 0, l, 0)).toList();
        }
        return new PdfLayout(text).group(lines, furniture);
    }

    private List<Group> group(List<PdfLine> lines, Set<PdfLine> furniture) {
        List<Group> out = new ArrayList<>();
        Group open = null;
        for (PdfLine line : lines) {
            if (furniture.contains(line)) {
                out.add(new Group(BlockType.FURNITURE, 0, line, 0));
                continue;
            }
            Group next = start(line, open);
            if (next == null) {
                open.lines.add(line);
            } else {
                out.add(next);
                open = next;
            }
        }
        return out.stream().map(g -> g.type == BlockType.PARAGRAPH && setIn(g) ? g.as(BlockType.QUOTE) : g).toList();
    }

    /**
     * A paragraph set in from its column's body edges on both sides, as a blockquote or a typeset quotation
     * is: every line starts clearly right of the column's left edge, the widest stops short of its right edge,
     * and it has two lines at least, so neither a first-line indent nor a lone line placed at a tab stop (a
     * signature, a date) counts.
     */
    private boolean setIn(Group group) {
        if (group.lines.size() < 2) {
            return false;
        }
        for (PdfLine line : group.lines) {
            if (!setIn(line) || roomRight(line) < SET_IN_RIGHT * line.size()) {
                return false;
            }
        }
        return true;
    }

    private boolean setIn(PdfLine line) {
        return line.column() >= 0 && offset(line) >= SET_IN * line.size();
    }

    /** How far the line stops short of its column's body edge on the right. */
    private float roomRight(PdfLine line) {
        return frames.right(line) - line.x1();
    }

    /** How far the line starts right of its column's body edge. */
    private float offset(PdfLine line) {
        return line.x0() - frames.left(line);
    }

    /** A new group that {@code line} starts, or null when it continues {@code open}. */
    private Group start(PdfLine line, Group open) {
        int level = headingLevel(line);
        if (level > 0) {
            boolean sameHeading = open != null && open.type == BlockType.HEADING && open.level == level
                    && adjacent(open.last(), line) && gapIsNormal(open.last(), line);
            return sameHeading ? null : new Group(BlockType.HEADING, level, line, 0);
        }
        float bulletIndent = PdfMarkers.itemTextX(line, continuesSentence(open, line));
        if (bulletIndent >= 0) {
            return new Group(BlockType.LIST_ITEM, 1, line, bulletIndent - frames.left(line));
        }
        if (PdfMarkers.isCaption(line.text())) {
            return new Group(BlockType.CAPTION, 0, line, 0);
        }
        if (open != null && continues(open, line)) {
            return null;
        }
        return new Group(line.italic() ? BlockType.QUOTE : BlockType.PARAGRAPH, 0, line, 0);
    }

    private boolean continues(Group open, PdfLine line) {
        PdfLine last = open.last();
        if (open.type == BlockType.HEADING || last.size() != line.size() || last.italic() != line.italic()) {
            return false;
        }
        if (open.type == BlockType.LIST_ITEM
                && Math.abs(line.x0() - frames.left(line) - open.indent) > 0.5f * line.size()) {
            return false;
        }
        if (endsParagraph(open, line)) {
            return false;
        }
        // past a paragraph's first line (which may be indented alone) the left edge holds: a change sets a
        // quotation in or out
        if (open.type != BlockType.LIST_ITEM && open.lines.size() > 1
                && Math.abs(offset(line) - offset(last)) >= SET_IN * line.size()) {
            return false;
        }
        return !adjacent(last, line) || gapIsNormal(last, line);
    }

    /**
     * Whether the next word would have fitted after a line that ends a sentence: the paragraph ended. A
     * single line without a sentence end that stops clearly short of the line below it is a line of its own
     * (a signature "Name, X Kommune", an address line) even when no gap sets it apart; inside a paragraph
     * hyphenation leaves such room too, so there it takes a sentence end. Lines set in on both sides are
     * measured against the widest line of their block, as the block has a right edge of its own.
     */
    private boolean endsParagraph(Group open, PdfLine next) {
        PdfLine last = open.last();
        boolean singleLine = open.lines.size() == 1;
        String text = last.text().strip();
        boolean sentenceEnd = text.matches(".*[.!?:”\"»)]$");
        float room = last.right() - last.x1();
        if (setIn(last) && setIn(next)) {
            float narrowest = Math.min(roomRight(next),
                    (float) open.lines.stream().mapToDouble(this::roomRight).min().orElseThrow());
            room = roomRight(last) - narrowest;
        }
        PdfWord first = next.words().get(0);
        float word = first.x1() - first.x0();
        if (sentenceEnd) {
            return room > word + 0.3f * next.size();
        }
        // measured against the line below, not the column, so an indented quote's first line stays in it;
        // against the column's edge when the paragraph would go on in the next column or page
        float reach = adjacent(last, next) ? next.x1() : last.right();
        return singleLine && reach - last.x1() > word + SHORT_LINE_ROOM * next.size();
    }

    /** Whether the line runs on from an open paragraph whose last line did not end a sentence. */
    private boolean continuesSentence(Group open, PdfLine line) {
        if (open == null || open.type != BlockType.PARAGRAPH && open.type != BlockType.LIST_ITEM) {
            return false;
        }
        PdfLine last = open.last();
        boolean sentenceEnd = last.text().strip().matches(".*[.!?:;]$");
        return !sentenceEnd && (!adjacent(last, line) || gapIsNormal(last, line));
    }

    private static boolean adjacent(PdfLine a, PdfLine b) {
        return a.page() == b.page() && a.column() == b.column() && b.baseline() > a.baseline();
    }

    private boolean gapIsNormal(PdfLine a, PdfLine b) {
        return b.baseline() - a.baseline() <= GAP_FACTOR * pitch * Math.max(a.size(), b.size()) / body;
    }

    /** 1 for the largest heading size, and so on; a bold short body line ranks below every larger size. */
    private int headingLevel(PdfLine line) {
        float size = line.size();
        if (size >= HEADING_FACTOR * body) {
            return headingSizes.indexOf(size) + 1;
        }
        String text = line.text().strip();
        boolean boldHeading = line.bold() && size >= body && line.words().size() <= BOLD_HEADING_WORDS
                && !text.matches(".*[.,;]$") && PdfMarkers.itemTextX(line, false) < 0;
        return boldHeading ? (int) headingSizes.stream().filter(s -> s > size).count() + 1 : 0;
    }

    private static float bodySize(List<PdfLine> lines) {
        Map<Float, Integer> chars = new HashMap<>();
        lines.forEach(l -> l.words().forEach(w -> chars.merge(w.size(), w.text().length(), Integer::sum)));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The most common baseline distance between consecutive body lines of one column; 1.2 × body if none. */
    private static float pitch(List<PdfLine> lines, float body) {
        Map<Float, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfLine a = lines.get(i - 1);
            PdfLine b = lines.get(i);
            if (adjacent(a, b) && a.size() == body && b.size() == body) {
                counts.merge(Math.round((b.baseline() - a.baseline()) * 2) / 2f, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .filter(p -> p > 0).orElse(1.2f * body);
    }
}
