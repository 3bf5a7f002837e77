package dk.erfaringsgraf.ingest;

import dk.erfaringsgraf.ingest.TextRun.Start;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns runs into typed {@link Block}s: what the first line's form says (Markdown, a mark, capitals), what
 * a short isolated line or a numbered title says (a heading), and what lone quotation-mark lines say about
 * the paragraphs after them (quotes).
 */
final class TextBlocks {

    /** Headings are a few words; a longer unpunctuated line is a fragment of prose. */
    private static final int MAX_HEADING_WORDS = 8;
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+\\p{Lu}");
    private static final Pattern FINAL_PUNCTUATION = Pattern.compile(".*[.,;!?:][”“\"»)’']*$");
    private static final Pattern CLOSING_QUOTE = Pattern.compile(".*[”\"»]$");
    private static final String OPENING_MARKS = "“„«";
    private static final String CLOSING_MARKS = "”»\"";

    private final TextJoiner joiner;
    private final List<Integer> listIndents = new ArrayList<>();
    private boolean quoteMode;
    private boolean quoteNext;
    private String previousText = "";

    TextBlocks(TextJoiner joiner, List<TextRun> runs) {
        this.joiner = joiner;
        TreeSet<Integer> indents = new TreeSet<>();
        runs.stream().filter(r -> r.start() == Start.BULLET)
                .forEach(r -> indents.add(BulletMarks.of(r.first()).orElseThrow().indent()));
        listIndents.addAll(indents);
    }

    /** The blocks of {@code runs}, in order. */
    List<Block> blocks(List<TextRun> runs) {
        List<Block> blocks = new ArrayList<>();
        for (TextRun run : runs) {
            Block block = quoted(run, typed(run));
            if (!block.is(BlockType.FURNITURE)) {
                previousText = block.text();
            }
            blocks.add(block);
        }
        return blocks;
    }

    private Block typed(TextRun run) {
        return switch (run.start()) {
            case FURNITURE, MARK -> block(run, BlockType.FURNITURE, 0, text(run, false));
            case MD_HEADING -> block(run, BlockType.HEADING, MarkdownMarks.headingLevel(run.first()), text(run, true));
            case MD_QUOTE -> block(run, BlockType.QUOTE, 0, text(run, true));
            case CAPTION -> block(run, BlockType.CAPTION, 0, text(run, false));
            case CAPS, TITLE -> block(run, BlockType.HEADING, 0, text(run, false));
            case BULLET -> item(run);
            case TEXT -> prose(run);
        };
    }

    private Block item(TextRun run) {
        BulletMarks.Mark mark = BulletMarks.of(run.first()).orElseThrow();
        String whole = text(run, false);
        if (mark.kind() == BulletMarks.Kind.NUMBER && run.isolated() && numberedHeading(whole) > 0) {
            return block(run, BlockType.HEADING, numberedHeading(whole), whole);
        }
        if (mark.kind() == BulletMarks.Kind.DASH && run.isolated() && CLOSING_QUOTE.matcher(previousText).matches()) {
            return block(run, BlockType.PARAGRAPH, 0, whole);
        }
        return block(run, BlockType.LIST_ITEM, listIndents.indexOf(mark.indent()) + 1, text(run, true));
    }

    private Block prose(TextRun run) {
        String text = text(run, false);
        int numbered = numberedHeading(text);
        if (numbered > 0) {
            return block(run, BlockType.HEADING, numbered, text);
        }
        if (run.isolated() && shortTitle(text)) {
            return block(run, BlockType.HEADING, 0, text);
        }
        return block(run, BlockType.PARAGRAPH, 0, text);
    }

    /** "2.3 Ledelse": the depth of a short numbered title without final punctuation, else 0. */
    private static int numberedHeading(String text) {
        Matcher m = NUMBERED.matcher(text);
        if (!m.find() || words(text) > MAX_HEADING_WORDS + 1 || FINAL_PUNCTUATION.matcher(text).matches()) {
            return 0;
        }
        return m.group(1).split("\\.").length;
    }

    /**
     * A few words opening with a capital or digit, without final punctuation. The word limit stands for
     * "clearly shorter than the wrap width" without depending on it: a title one export keeps on one line
     * and another wraps is the same title.
     */
    private static boolean shortTitle(String text) {
        if (text.isEmpty() || words(text) > MAX_HEADING_WORDS || FINAL_PUNCTUATION.matcher(text).matches()) {
            return false;
        }
        char first = text.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first);
    }

    /**
     * Lone quotation-mark lines: an opening mark (“ „ «) quotes every paragraph up to the closing mark line;
     * any lone mark quotes the paragraph right after it. A straight mark ("), which cannot say which it is,
     * closes an open quote and otherwise opens one. A heading ends a quote left open.
     */
    private Block quoted(TextRun run, Block block) {
        if (run.start() == Start.MARK) {
            char mark = run.first().content().charAt(0);
            if (quoteMode && CLOSING_MARKS.indexOf(mark) >= 0) {
                quoteMode = false;
            } else if (OPENING_MARKS.indexOf(mark) >= 0 || mark == '"') {
                quoteMode = true;
            }
            quoteNext = true;
            return block;
        }
        if (block.is(BlockType.FURNITURE)) {
            return block;
        }
        boolean quote = block.is(BlockType.PARAGRAPH) && (quoteMode || quoteNext);
        quoteNext = false;
        if (block.is(BlockType.HEADING)) {
            quoteMode = false;
        }
        return quote ? block.as(BlockType.QUOTE) : block;
    }

    /** The run's text joined; {@code strip} drops the form's marks (bullet, {@code #}, {@code >}). */
    private String text(TextRun run, boolean strip) {
        List<String> parts = new ArrayList<>();
        List<TextLine> lines = run.lines();
        for (int i = 0; i < lines.size(); i++) {
            parts.add(strip ? stripped(run.start(), lines.get(i), i == 0) : lines.get(i).content());
        }
        return TextJoiner.fold(MarkdownMarks.unmark(joiner.join(parts)));
    }

    private static String stripped(Start start, TextLine line, boolean first) {
        if (start == Start.MD_QUOTE && MarkdownMarks.isQuote(line)) {
            return MarkdownMarks.quoteText(line);
        }
        if (first && start == Start.MD_HEADING) {
            return MarkdownMarks.headingText(line);
        }
        if (first && start == Start.BULLET) {
            return BulletMarks.text(line, BulletMarks.of(line).orElseThrow());
        }
        return line.content();
    }

    private static Block block(TextRun run, BlockType type, int level, String text) {
        return Block.of(type, level, text, run.first().number(), run.last().number());
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
