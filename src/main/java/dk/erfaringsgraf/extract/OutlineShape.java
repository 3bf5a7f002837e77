package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What {@link OutlineReader} needs to know of a whole document before it walks it: where the chapters start
 * (headings, and the table of contents' entries found again in the text), where the cover ends, which blocks
 * are layout (back-page address runs), and whether the report sets its interview quotes after its lists.
 */
final class OutlineShape {

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("^\\d{1,2}(\\.\\d{1,2})*\\.?\\s");

    /** A title of a dump's section is a few words; a longer unpunctuated line is a broken sentence. */
    private static final int MAX_TITLE_WORDS = 8;

    private final Set<Integer> sectionStarts = new HashSet<>();
    private final Set<Integer> furniture = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private int coverEnd;
    private boolean quotesAfterLists;

    private OutlineShape() {
    }

    static OutlineShape of(Document document, ListLabels labels) {
        OutlineShape shape = new OutlineShape();
        List<Block> blocks = document.blocks();
        ContentsTable toc = ContentsTable.read(document);
        List<Integer> chapters = toc.headings(blocks, shape.warnings, document.file());
        shape.sectionStarts.addAll(chapters);
        shape.coverEnd = chapters.isEmpty() ? 0 : chapters.get(0);
        boolean quotes = false;
        boolean listed = false;
        int chapterLevel = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean isLabel = labels.label(b.text()).isPresent() || labels.columns(b.text());
            boolean heading = b.is(BlockType.HEADING) || plainTextHeading(document, i);
            // a signature ("Ulrik Andersen, Thisted Kommune") set apart in a narrow column looks like a title
            boolean signature = Attribution.nameLine(b.text()) != null;
            if (heading && !signature && ProseRules.headingShape(b.text())
                    && (!isLabel || labelledChapter(b, chapterLevel))) {
                shape.sectionStarts.add(i);
                chapterLevel = b.level();
            }
            if (b.is(BlockType.FURNITURE) || b.is(BlockType.CAPTION)) {
                shape.furniture.add(i);
            }
            quotes |= b.is(BlockType.QUOTE);
            listed |= isLabel;
        }
        shape.quotesAfterLists = quotes && listed;
        shape.markColophons(document);
        return shape;
    }

    /**
     * A label is a chapter of its own ("3. Anbefalinger") when it is numbered like one, or set above the
     * chapter it follows; under a chapter at its own level or deeper it only names the list that follows.
     */
    private static boolean labelledChapter(Block label, int chapterLevel) {
        boolean numbered = NUMBERED.matcher(label.text()).find();
        return numbered || (label.level() > 0 && chapterLevel > 0 && label.level() < chapterLevel);
    }

    /**
     * Plain text has no styles, so a long sub-heading ("Teknologierne var der, de virkede, og …") may come as
     * a paragraph: one standing alone between blank lines, shaped like a title and not continued by a
     * lower-case line, is a heading. Forms with styles (PDF, Word, HTML) said what their headings are.
     */
    private static boolean plainTextHeading(Document document, int i) {
        List<Block> blocks = document.blocks();
        Block b = blocks.get(i);
        boolean plain = "txt".equals(document.format()) || "md".equals(document.format());
        if (!plain || !b.is(BlockType.PARAGRAPH)) {
            return false;
        }
        boolean before = b.line() == 1 || document.isBlank(b.line() - 1);
        boolean after = b.lineTo() == document.lineCount() || document.isBlank(b.lineTo() + 1);
        boolean continued = i + 1 < blocks.size() && !blocks.get(i + 1).text().isEmpty()
                && Character.isLowerCase(blocks.get(i + 1).text().codePointAt(0));
        return (before && after && !continued) || titlesProse(blocks, i);
    }

    /**
     * A text dump often keeps no blank line around a heading: a short line of a few words, after a finished
     * sentence or layout, over a paragraph of prose, is that paragraph's title. A signature's lines are
     * followed by more short lines, not by prose, so they stay what they are.
     */
    private static boolean titlesProse(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        if (b.lineCount() > 1 || b.text().split("\\s+").length > MAX_TITLE_WORDS || i + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(i + 1);
        Block previous = i > 0 ? blocks.get(i - 1) : null;
        boolean afterBreak = previous == null || previous.is(BlockType.FURNITURE)
                || ProseRules.isProse(previous.text());
        return afterBreak && !next.is(BlockType.FURNITURE) && ProseRules.isProse(next.text());
    }

    /** A run of blocks with no blank line between them is the back page if one of them is an address line. */
    private void markColophons(Document document) {
        List<Block> blocks = document.blocks();
        int start = 0;
        for (int i = 1; i <= blocks.size(); i++) {
            boolean runEnds = i == blocks.size() || blankBetween(document, blocks.get(i - 1), blocks.get(i));
            if (runEnds) {
                List<Integer> run = java.util.stream.IntStream.range(start, i).boxed().toList();
                if (run.stream().anyMatch(j -> ProseRules.isColophon(blocks.get(j).text()))) {
                    furniture.addAll(run);
                }
                start = i;
            }
        }
    }

    private static boolean blankBetween(Document document, Block a, Block b) {
        if (a.page() != b.page() || b.line() <= a.lineTo()) {
            return true;
        }
        for (int n = a.lineTo() + 1; n < b.line(); n++) {
            if (document.isBlank(n)) {
                return true;
            }
        }
        return false;
    }

    int coverEnd() {
        return coverEnd;
    }

    boolean sectionStart(int index) {
        return sectionStarts.contains(index);
    }

    boolean furniture(int index) {
        return furniture.contains(index);
    }

    boolean quotesAfterLists() {
        return quotesAfterLists;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * A heading's rank, smaller is higher: its level where the form says it, and within a level (or where no
     * level is given) a chapter title in capitals above a heading in ordinary case.
     */
    int rank(Block block) {
        String t = block.text();
        boolean capitals = t.codePoints().filter(Character::isLetter).count() >= 2
                && t.equals(t.toUpperCase(Locale.ROOT));
        return 2 * block.level() + (capitals ? 0 : 1);
    }
}
