package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Dehyphenator;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Walks the blocks of one KL report in order, keeping the current section, and turns each block into
 * items, a heading or furniture. One reader per parse: it holds the walk's state.
 */
final class KlReader {

    /** The closing chapter whose bullets are questions for local discussion, i.e. recommendations. */
    private static final Pattern DISCUSSION = Pattern.compile("PERSPEKTIVERING|SPØRGSMÅL");

    private final Document document;
    private final ParseSink sink;
    private final List<KlBlock> blocks;
    private final TextJoiner joiner;
    private String section;
    private boolean discussion;
    private int next;

    KlReader(Document document, ParseSink sink) {
        this.document = document;
        this.sink = sink;
        this.blocks = KlBlock.of(document);
        this.joiner = new TextJoiner(Dehyphenator.learn(document.lines()));
    }

    void read() {
        while (next < blocks.size()) {
            readBlock(blocks.get(next++));
        }
    }

    private void readBlock(KlBlock block) {
        if (KlLines.isToc(block.texts()) || KlLines.isColophon(block.texts())) {
            block.lines().forEach(sink::furniture);
        } else if (block.single() && KlLines.attributionRole(block.head()) != null) {
            sink.warn(document.file() + ":" + block.lines().get(0) + ": attribution without a quote before it");
            sink.furniture(block.lines().get(0));
        } else if (KlLines.startsQuote(block.head())) {
            quote(block);
        } else if (KlLines.isHeading(block, peek())) {
            heading(block);
        } else {
            pieces(block);
        }
    }

    private KlBlock peek() {
        return next < blocks.size() ? blocks.get(next) : null;
    }

    private void heading(KlBlock block) {
        sink.heading(block.lines().get(0));
        section = block.head();
        if (KlLines.isCapitals(section)) {
            discussion = DISCUSSION.matcher(section).find();
        }
    }

    /** A quote block and the "– role, area" line after it; the attribution line is part of the item. */
    private void quote(KlBlock block) {
        List<Integer> lines = new ArrayList<>(block.lines());
        String text = KlLines.withoutOuterQuotes(join(lines));
        KlBlock following = peek();
        String role = following != null && following.single() ? KlLines.attributionRole(following.head()) : null;
        if (role != null) {
            lines.add(following.lines().get(0));
            next++;
        } else {
            sink.warn(document.file() + ":" + lines.get(0) + ": quote without attribution");
        }
        sink.item(section, ItemKind.QUOTE, text, role == null ? null : Speaker.role(role), lines);
    }

    /** A paragraph, or bullets (a bullet line starts a piece; a plain line after it wraps it). */
    private void pieces(KlBlock block) {
        List<List<Integer>> pieces = new ArrayList<>();
        for (int i = 0; i < block.lines().size(); i++) {
            boolean bullet = KlLines.isBullet(block.texts().get(i));
            if (pieces.isEmpty() || bullet) {
                pieces.add(new ArrayList<>());
            }
            pieces.get(pieces.size() - 1).add(block.lines().get(i));
        }
        continueAcrossBlanks(pieces.get(pieces.size() - 1));
        pieces.forEach(this::emit);
    }

    /** Joins pieces broken by a blank line: the piece has no sentence end and the next block starts lower-case. */
    private void continueAcrossBlanks(List<Integer> piece) {
        while (!KlLines.endsSentence(KlLines.folded(document.line(piece.get(piece.size() - 1))))
                && peek() != null && KlLines.isContinuation(peek())) {
            piece.addAll(blocks.get(next++).lines());
        }
    }

    private void emit(List<Integer> piece) {
        boolean bullet = KlLines.isBullet(document.line(piece.get(0)));
        String text = join(piece);
        ItemKind kind = ItemKind.OBSERVATION;
        if (bullet) {
            text = KlLines.withoutBullet(text);
            kind = discussion ? ItemKind.RECOMMENDATION : ItemKind.OBSERVATION;
        }
        sink.item(section, kind, text, null, piece);
    }

    private String join(List<Integer> lines) {
        return joiner.join(lines.stream().map(document::line).toList());
    }
}
