package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * One walk over a document's blocks for {@link OutlineTemplate}, holding the walk's state: the chapter, the
 * label the current list stands under, and the kind a chapter heading gives its lists.
 */
final class OutlineReader {

    /** Danish question words: hvad, hvilke, hvordan, hvorfor, hvem, hvornår, hvor … */
    private static final java.util.regex.Pattern QUESTION_WORD = java.util.regex.Pattern.compile("(?i)hv\\p{L}*\\b");
    /** An area name listed on its own ("Dagtilbud", "Sundhed og ældre") is a few words. */
    private static final int MAX_NAME_WORDS = 3;
    /** A lead-in is one short sentence; a longer paragraph ending in a colon has content of its own. */
    private static final int MAX_LEAD_IN_WORDS = 25;
    /** A point of fewer words is a sub-point even when it ends in a question mark. */
    private static final int QUESTION_WORDS = 8;

    private final Document document;
    private final ParseSink sink;
    private final ListLabels labels;
    private final List<Block> blocks;
    private final OutlineShape shape;
    private String section;
    private ItemKind label;
    private ItemKind cue;
    private int cueRank;
    /** The kind a lead-in paragraph ("De fem anbefalinger … er:") gives the list right after it. */
    private ItemKind leadIn;
    /** Index in {@link #read} of a question that ended in a colon and collects the sub-points listed under it. */
    private int openQuestion = -1;
    private int next;
    /** Read-indices of the list under a flattened two-column label ("Muligheder Udfordringer"), still to split. */
    private final List<Integer> columnItems = new ArrayList<>();
    private boolean columns;
    private final ColumnSplitter splitter = new ColumnSplitter();
    /** What the walk read, in order; prose paragraphs marked, for the interview-run pass. */
    private final List<InterviewRuns.Read> read = new ArrayList<>();
    /** Paragraphs without quotation marks that the report signs with a name: it prints interviews bare. */
    private int signedBare;

    OutlineReader(Document document, ParseSink sink, ListLabels labels) {
        this.document = document;
        this.sink = sink;
        this.labels = labels;
        this.blocks = document.blocks();
        this.shape = OutlineShape.of(document, labels);
        shape.warnings().forEach(sink::warn);
    }

    void read() {
        String title = null;
        while (next < blocks.size()) {
            int i = next++;
            if (i < shape.coverEnd()) {
                title = cover(blocks.get(i), title);
            } else {
                body(i, blocks.get(i));
            }
        }
        splitColumns();
        resolveSpeakers();
        if (signedBare == 0) {
            read.forEach(r -> sink.item(r.item()));
            return;
        }
        // a report that prints interviews bare also repeats some of them as pull-quotes: one quote each
        PullQuotes.Merged merged = PullQuotes.merge(InterviewRuns.apply(read));
        merged.items().forEach(sink::item);
        sink.claim(merged.claimed());
    }

    /** Before the first chapter: the title, the cover's quotes, and layout. */
    private String cover(Block block, String title) {
        boolean quoted = block.is(BlockType.QUOTE);
        if (title == null && !quoted && !shape.furniture(next - 1) && ProseRules.hasWords(block.text())) {
            section = block.text();
            mark(block, LineRole.HEADING);
            return block.text();
        }
        if (quoted && title != null && ProseRules.hasWords(block.text())) {
            quote(block);
        } else if (block.is(BlockType.HEADING) || block.text().equals(title)
                || Attribution.roleLine(rawLine(block)) != null) {
            mark(block, LineRole.HEADING);
        } else {
            mark(block, LineRole.FURNITURE);
        }
        return title;
    }

    private void body(int i, Block block) {
        if (!block.is(BlockType.LIST_ITEM)) {
            openQuestion = -1;
            if (!block.is(BlockType.FURNITURE)) {
                leadIn = null;
            }
        }
        Optional<ListLabels.Label> asLabel = labelOf(block);
        boolean furniture = shape.furniture(i) || ProseRules.isFurniture(block.text());
        if (!furniture && !block.is(BlockType.LIST_ITEM)) {
            splitColumns();
        }
        if (furniture) {
            mark(block, LineRole.FURNITURE);
        } else if (isColumns(block)) {
            columns = true;
            label = ItemKind.OPPORTUNITY;
            mark(block, LineRole.HEADING);
        } else if (asLabel.isPresent() && !shape.sectionStart(i)) {
            label = asLabel.get().kind();
            mark(block, LineRole.HEADING);
        } else if (shape.sectionStart(i)) {
            chapter(block, asLabel);
        } else if (isQuote(block) || namedAfter(block)) {
            quote(block);
        } else if (dashSpeech(block) != null) {
            Attribution.Inline said = dashSpeech(block);
            item(ItemKind.QUOTE, said.text(), said.speaker(), lines(block), block.page(), true);
        } else if (block.is(BlockType.LIST_ITEM)) {
            listItem(block);
        } else {
            paragraph(block);
        }
    }

    private boolean isColumns(Block block) {
        return (block.is(BlockType.HEADING) || block.is(BlockType.PARAGRAPH)) && labels.columns(block.text());
    }

    /**
     * The list under a flattened two-column label held both columns, the left (opportunities) first: where the
     * one ends and the other begins is read from the items' stance ({@link ColumnSplitter}).
     */
    private void splitColumns() {
        if (!columns) {
            return;
        }
        columns = false;
        label = null;
        List<String> texts = columnItems.stream().map(k -> read.get(k).item().text()).toList();
        int left = texts.size() < 2 ? texts.size() : splitter.split(texts);
        for (int k = 0; k < columnItems.size(); k++) {
            InterviewRuns.Read r = read.get(columnItems.get(k));
            ItemKind kind = k < left ? ItemKind.OPPORTUNITY : ItemKind.CHALLENGE;
            read.set(columnItems.get(k), new InterviewRuns.Read(r.item().as(kind, KindBy.LABEL), r.prose()));
        }
        columnItems.clear();
    }

    private Optional<ListLabels.Label> labelOf(Block block) {
        boolean lineLike = block.is(BlockType.HEADING) || block.is(BlockType.PARAGRAPH);
        return lineLike ? labels.label(block.text()) : Optional.empty();
    }

    private void chapter(Block block, Optional<ListLabels.Label> asLabel) {
        section = block.text();
        label = asLabel.map(ListLabels.Label::kind).orElse(null);
        int rank = shape.rank(block);
        if (cue != null && rank <= cueRank) {
            cue = null;
        }
        Optional<ItemKind> headingCue = labels.headingCue(block.text());
        if (headingCue.isPresent()) {
            cue = headingCue.get();
            cueRank = rank;
        }
        mark(block, LineRole.HEADING);
    }

    /** Dash dialogue ("– Vi lærte meget, siger Jens Holm, HR-chef"), whatever block the reader made of it. */
    private Attribution.Inline dashSpeech(Block block) {
        boolean dashed = rawLine(block).strip().matches("^[–—-]\\s.*");
        return dashed ? Attribution.dashSpeech(block.text().replaceFirst("^[–—-]\\s+", "")) : null;
    }

    /** A paragraph closed by "Name, Organisation", at its end or as the next block, is that person's quote. */
    private boolean namedAfter(Block block) {
        boolean prose = block.is(BlockType.PARAGRAPH) || block.is(BlockType.QUOTE);
        boolean nextNames = next < blocks.size() && Attribution.nameLine(blocks.get(next).text()) != null;
        return prose && (nextNames || Attribution.trailingName(block.text()) != null);
    }

    private boolean isQuote(Block block) {
        if (block.is(BlockType.QUOTE) || QuoteMarks.startsQuote(block.text())) {
            return true;
        }
        if (block.is(BlockType.PARAGRAPH) && Attribution.inline(block.text()) != null) {
            return true; // "Name, role: ”…”"
        }
        return label != null && shape.quotesAfterLists() && block.is(BlockType.PARAGRAPH);
    }

    /** A quote, with who said it inline (press style), in parentheses at its end or on a dashed line after it. */
    private void quote(Block block) {
        List<Integer> lines = new ArrayList<>(lines(block));
        Attribution.Inline inline = Attribution.inline(block.text());
        if (inline != null) {
            item(ItemKind.QUOTE, inline.text(), inline.speaker(), lines, block.page(), true);
            return;
        }
        String text = QuoteMarks.strip(block.text());
        Speaker speaker = null;
        String[] closing = Attribution.closingRole(text);
        Attribution.Inline named = Attribution.trailingName(text);
        Block below = next < blocks.size() ? blocks.get(next) : null;
        Speaker nameBelow = below == null ? null : Attribution.nameLine(below.text());
        String roleBelow = below == null ? null : Attribution.roleLine(rawLine(below));
        boolean bare = block.is(BlockType.PARAGRAPH) && !QuoteMarks.startsQuote(block.text());
        if (named != null) {
            text = named.text();
            speaker = named.speaker();
            signedBare += bare ? 1 : 0;
        } else if (nameBelow != null) {
            speaker = nameBelow;
            lines.addAll(lines(blocks.get(next++)));
            signedBare += bare ? 1 : 0;
        } else if (closing != null) {
            text = closing[0];
            speaker = Speaker.role(closing[1]);
        } else if (roleBelow != null) {
            speaker = Speaker.role(roleBelow);
            lines.addAll(lines(blocks.get(next++)));
        }
        item(ItemKind.QUOTE, text, speaker, lines, block.page(), true);
    }

    /** A list item takes the kind of the lead-in right above its list, else its label, else its chapter's. */
    /** Short references ("siger hun", "forklarer Jørgensen") take the person the text introduced. */
    private void resolveSpeakers() {
        List<RawItem> resolved = Speakers.resolve(read.stream().map(InterviewRuns.Read::item).toList());
        for (int i = 0; i < read.size(); i++) {
            read.set(i, new InterviewRuns.Read(resolved.get(i), read.get(i).prose()));
        }
    }

    /** A full question: it ends in "?" or ":" and opens with a question word or runs to a sentence's length. */
    private static boolean asks(String text) {
        boolean ends = text.endsWith("?") || text.endsWith(":");
        return ends && (QUESTION_WORD.matcher(text).lookingAt() || text.split("\\s+").length >= QUESTION_WORDS);
    }

    private void listItem(Block block) {
        ItemKind kind = leadIn != null ? leadIn : label != null ? label : cue;
        KindBy why = leadIn != null ? KindBy.LEAD_IN : label != null ? KindBy.LABEL : KindBy.HEADING;
        if (kind == ItemKind.QUESTION) {
            question(block, why);
        } else if (kind == null && subtitle(next - 1)) {
            mark(block, LineRole.HEADING); // "– Inspiration til udvikling af Sorø Kommune": a subtitle, context
        } else if (inListOfNames(next - 1)) {
            mark(block, LineRole.HEADING); // "Dagtilbud", "Skole", "Ældre": areas the report goes on to, context
        } else if (kind != null) {
            if (columns && leadIn == null) {
                columnItems.add(read.size());
            }
            item(kind, why, block.text(), lines(block), block.page(), false);
        } else {
            item(ItemKind.OBSERVATION, block.text(), null, lines(block), block.page());
        }
    }

    /**
     * A list of one item, under no label, of a few words without final punctuation: a subtitle set with a dash
     * ("– Inspiration til udvikling af Sorø Kommune"), not a finding.
     */
    private boolean subtitle(int index) {
        boolean alone = (index == 0 || !blocks.get(index - 1).is(BlockType.LIST_ITEM))
                && (index + 1 >= blocks.size() || !blocks.get(index + 1).is(BlockType.LIST_ITEM));
        return alone && unpunctuated(blocks.get(index).text(), MAX_SUBTITLE_WORDS);
    }

    /** At most {@code maxWords} words, ending in no sentence or clause mark: a title or a name, not a sentence. */
    private static boolean unpunctuated(String text, int maxWords) {
        String t = text.strip();
        return !t.isEmpty() && t.split("\\s+").length <= maxWords && ".!?:;".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    /** A subtitle is a title's length. */
    private static final int MAX_SUBTITLE_WORDS = 8;

    /**
     * Whether the list item at {@code index} stands in a list of bare names (two or more items, each at most
     * {@link #MAX_NAME_WORDS} words that open with a capital and end no sentence), such as the areas a report
     * lists before it treats them ("følgende fem velfærdsområder: Dagtilbud, Skole, …"): names, not findings.
     */
    private boolean inListOfNames(int index) {
        int from = index;
        while (from > 0 && blocks.get(from - 1).is(BlockType.LIST_ITEM)) {
            from--;
        }
        int to = index;
        while (to + 1 < blocks.size() && blocks.get(to + 1).is(BlockType.LIST_ITEM)) {
            to++;
        }
        if (to == from) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            String t = blocks.get(i).text().strip();
            boolean name = unpunctuated(t, MAX_NAME_WORDS) && Character.isUpperCase(t.charAt(0));
            if (!name) {
                return false;
            }
        }
        return true;
    }

    /**
     * A discussion question keeps its sub-points: a question that ends in a colon ("Hvilke
     * ledelsesdiskussioner giver erfaringerne anledning til:") takes the points listed under it into its text,
     * "; "-separated, until the next question; none of them is a finding of its own. A point may itself end
     * in a question mark ("Kommunikationen – hvem, hvornår, hvordan?"); only a full question starts anew.
     */
    private void question(Block block, KindBy why) {
        String text = block.text().strip();
        if (openQuestion >= 0 && !asks(text)) {
            RawItem q = read.get(openQuestion).item();
            List<Integer> lines = new ArrayList<>(q.lines());
            lines.addAll(lines(block));
            String joined = q.text().endsWith(":") ? q.text() + " " + text : q.text() + "; " + text;
            read.set(openQuestion, new InterviewRuns.Read(new RawItem(q.section(), q.kind(), joined, null, lines,
                    q.page(), q.kindBy()), false));
            return;
        }
        item(ItemKind.QUESTION, why, text, lines(block), block.page(), false);
        openQuestion = text.endsWith(":") ? read.size() - 1 : -1;
    }

    /**
     * Prose: an observation when it is a finding's sentence; a footnote keeps its text without the mark. A
     * short lead-in that announces the list right below it ("… kan sammenfattes i følgende:") says nothing
     * of its own: it is context for the list, like a heading, and may give the list its kind.
     */
    private void paragraph(Block block) {
        String text = block.text();
        Attribution.Embedded embedded = block.is(BlockType.PARAGRAPH) ? Attribution.embedded(text) : null;
        if (embedded != null) {
            if (!embedded.prose().isEmpty()) {
                item(ItemKind.OBSERVATION, embedded.prose(), null, lines(block), block.page(), true);
            }
            Attribution.Inline q = embedded.quote();
            item(ItemKind.QUOTE, q.text(), q.speaker(), lines(block), block.page(), true);
            return;
        }
        leadIn = labels.leadIn(text).orElse(null);
        boolean listFollows = next < blocks.size() && blocks.get(next).is(BlockType.LIST_ITEM);
        if (listFollows && text.strip().endsWith(":") && text.split("\\s+").length <= MAX_LEAD_IN_WORDS
                && dk.erfaringsgraf.text.Sentences.of(text).size() == 1) {
            mark(block, LineRole.HEADING);
            return;
        }
        if (ProseRules.isFootnote(text)) {
            item(ItemKind.OBSERVATION, ProseRules.stripFootnoteMark(text), null, lines(block), block.page());
        } else if (ProseRules.isProse(text) || block.is(BlockType.TABLE_ROW)) {
            // under a label, prose is one of the label's findings, as in dumps that lost the list glyphs
            if (label != null) {
                item(label, KindBy.LABEL, text, lines(block), block.page(), block.is(BlockType.PARAGRAPH));
            } else {
                item(ItemKind.OBSERVATION, text, null, lines(block), block.page(), block.is(BlockType.PARAGRAPH));
            }
        } else {
            mark(block, LineRole.FURNITURE);
        }
    }

    private void item(ItemKind kind, String text, Speaker speaker, List<Integer> lines, int page) {
        item(kind, text, speaker, lines, page, false);
    }

    private void item(ItemKind kind, String text, Speaker speaker, List<Integer> lines, int page, boolean prose) {
        read.add(new InterviewRuns.Read(new RawItem(section, kind, text, speaker, lines, page), prose));
    }

    private void item(ItemKind kind, KindBy why, String text, List<Integer> lines, int page, boolean prose) {
        read.add(new InterviewRuns.Read(new RawItem(section, kind, text, null, lines, page, why), prose));
    }

    private void mark(Block block, LineRole role) {
        for (int n : lines(block)) {
            if (role == LineRole.HEADING) {
                sink.heading(n);
            } else {
                sink.furniture(n);
            }
        }
    }

    private String rawLine(Block block) {
        return document.line(block.line());
    }

    /** The block's non-blank lines: a paragraph broken by a page's blank line keeps both halves, not the gap. */
    private List<Integer> lines(Block block) {
        return IntStream.rangeClosed(block.line(), block.lineTo()).filter(n -> !document.isBlank(n)).boxed().toList();
    }

}
