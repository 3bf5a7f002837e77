package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a PDF text dump with interleaved list columns into blocks. A PDF extraction breaks items with blank lines
 * wherever a column or page ended, so a blank line ends a block only when the text after it starts a
 * new sentence: a line that starts in lowercase continues the block above ("fælles-" ⏎⏎ "skabet").
 * A line indented and capitalised right after a bullet starts a new paragraph (the first quote after
 * the last bullet), unless it is indented as far as the bullet's text: that hanging indent is how an editor
 * wraps a list item, and a quote mark set in mid-line ("Sorø.  ”Det er…") starts a new cover quote.
 */
final class InterleavedColumnsReader {

    private static final Pattern BULLET = Pattern.compile("^\\s*[\\uF0B7•]\\s*");
    private static final Pattern INDENTED_START = Pattern.compile("^\\s+\\p{Lu}.*");
    private static final Pattern MID_LINE_QUOTE = Pattern.compile("\\s{2,}(?=[”“\"]\\p{Lu})");
    private static final Pattern OPENING_QUOTE = Pattern.compile("^\\s*[”“\"]\\p{Lu}.*");

    private static final ListLabels LABELS = ListLabels.standard();
    /** A label is a few words ("Organisationens ideer til løsninger"); a longer line is text. */
    private static final int MAX_LABEL_WORDS = 8;

    private final Document document;
    private final ParseSink sink;
    private final InterleavedReport.Builder report = new InterleavedReport.Builder();
    private final List<ListBlock.Piece> pieces = new ArrayList<>();
    private ListBlock.Type type;
    /** Column where the current bullet's text starts, after its mark: a hanging indent lines up with it. */
    private int bulletText;
    private boolean gap;

    InterleavedColumnsReader(Document document, ParseSink sink) {
        this.document = document;
        this.sink = sink;
    }

    static boolean isBullet(String line) {
        return BULLET.matcher(line).find() && !BULLET.matcher(line).replaceFirst("").isBlank();
    }

    /**
     * Whether a folded line is a list label ({@link ListLabels}), alone or two flattened into one. A line
     * that ends in a full stop is the end of a wrapped sentence ("… fremadrettet."), never a label.
     */
    static boolean isLabel(String folded) {
        return label(0, folded).isPresent();
    }

    /** Line {@code n} as a label block (a null kind for a two-column label), or empty when it is no label. */
    private static Optional<ListBlock> label(int n, String folded) {
        if (folded.strip().endsWith(".")) {
            return Optional.empty();
        }
        if (isColumns(folded)) {
            return Optional.of(ListBlock.label(n, folded, null));
        }
        return LABELS.label(folded).map(l -> ListBlock.label(n, folded, l.kind()));
    }

    /**
     * Whether a folded line is two list labels side by side, an opportunity list's on the left and a
     * challenge list's on the right, flattened into one line ("Muligheder Udfordringer"): the columns
     * under it come out interleaved.
     */
    static boolean isColumns(String folded) {
        String[] words = folded.strip().split("\\s+");
        if (words.length > MAX_LABEL_WORDS * 2) {
            return false;
        }
        List<String> all = List.of(words);
        for (int i = 1; i < words.length; i++) {
            Optional<ListLabels.Label> left = LABELS.label(String.join(" ", all.subList(0, i)));
            Optional<ListLabels.Label> right = LABELS.label(String.join(" ", all.subList(i, words.length)));
            if (isWhole(left, ItemKind.OPPORTUNITY) && isWhole(right, ItemKind.CHALLENGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWhole(Optional<ListLabels.Label> label, ItemKind kind) {
        return label.filter(l -> l.match() == ListLabels.Match.LABEL && l.kind() == kind).isPresent();
    }

    InterleavedReport read() {
        InterleavedHeadings headings = InterleavedHeadings.find(document);
        for (int n = 1; n <= document.lineCount(); n++) {
            if (document.isBlank(n)) {
                gap = true;
            } else {
                line(n, headings.contains(n));
                gap = false;
            }
        }
        close();
        return report.build();
    }

    private void line(int n, boolean heading) {
        String line = document.line(n);
        String s = TextJoiner.fold(line);
        if (heading) {
            close();
            report.heading(n, s);
        } else if (label(n, s).isPresent()) {
            close();
            report.block(label(n, s).get());
        } else if (!ProseRules.hasWords(s)) {
            close();
            sink.furniture(n);
        } else if (isBullet(line)) {
            close();
            Matcher mark = BULLET.matcher(line);
            bulletText = mark.find() ? mark.end() : 0;
            open(ListBlock.Type.BULLET, n, line.substring(bulletText));
        } else {
            text(n, line);
        }
    }

    private void text(int n, String line) {
        String[] parts = MID_LINE_QUOTE.split(line);
        if (type != null && continues(parts[0])) {
            pieces.add(new ListBlock.Piece(n, parts[0]));
        } else {
            close();
            open(ListBlock.Type.PROSE, n, parts[0]);
        }
        for (int i = 1; i < parts.length; i++) {
            close();
            open(ListBlock.Type.PROSE, n, parts[i]);
        }
    }

    private boolean continues(String line) {
        String s = line.strip();
        if (gap) {
            return Character.isLowerCase(s.codePointAt(0));
        }
        return !(type == ListBlock.Type.BULLET && INDENTED_START.matcher(line).matches() && !hanging(line));
    }

    /** Indented as far as the bullet's text: the wrapped rest of the item, as editors indent it. */
    private boolean hanging(String line) {
        return line.length() - line.stripLeading().length() >= bulletText;
    }

    private void open(ListBlock.Type newType, int n, String text) {
        type = newType;
        pieces.add(new ListBlock.Piece(n, text));
    }

    private void close() {
        if (type != null) {
            boolean quoted = OPENING_QUOTE.matcher(pieces.get(0).text()).matches();
            report.block(new ListBlock(type, pieces, null, quoted));
        }
        pieces.clear();
        type = null;
    }
}
