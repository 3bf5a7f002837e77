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

    private final Document document;
    private final ParseSink sink;
    private final ListLabels labels;
    private final List<Block> blocks;
    private final OutlineShape shape;
    private String section;
    private ItemKind label;
    private ItemKind cue;
    private int cueRank;
    private int next;
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
        Optional<ListLabels.Label> asLabel = labelOf(block);
        if (shape.furniture(i) || ProseRules.isFurniture(block.text())) {
            mark(block, LineRole.FURNITURE);
        } else if (asLabel.isPresent() && !shape.sectionStart(i)) {
            label = asLabel.get().kind();
            mark(block, LineRole.HEADING);
        } else if (shape.sectionStart(i)) {
            chapter(block, asLabel);
        } else if (isQuote(block) || namedAfter(block)) {
            quote(block);
        } else if (block.is(BlockType.LIST_ITEM)) {
            listItem(block);
        } else {
            paragraph(block);
        }
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

    private void listItem(Block block) {
        if (label != null) {
            item(label, KindBy.LABEL, block.text(), lines(block), block.page(), false);
        } else if (cue != null) {
            item(cue, KindBy.HEADING, block.text(), lines(block), block.page(), false);
        } else {
            item(ItemKind.OBSERVATION, block.text(), null, lines(block), block.page());
        }
    }

    /** Prose: an observation when it is a finding's sentence; a footnote keeps its text without the mark. */
    private void paragraph(Block block) {
        String text = block.text();
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
