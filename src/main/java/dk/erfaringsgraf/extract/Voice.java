package dk.erfaringsgraf.extract;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the interviewees' words from the report's own prose, by layout and language together:
 * <ol>
 *   <li>the foreword (before the first heading) is the publisher's own voice: prose;</li>
 *   <li>a paragraph followed by "Name, X Kommune", or opening with a quotation mark, is a quote, however
 *       narrow its column (in the bundled example, the Thisted and Rudersdal quotes are set in
 *       40-character columns);</li>
 *   <li>otherwise the column decides: interview blocks are set wider than the report's prose (narrow
 *       call-outs are narrower still); but a wide paragraph that speaks ABOUT the municipal directors
 *       ("kommunaldirektørerne fremhæver …") is the report's reported speech, not an interviewee's, unless
 *       it speaks in the first person singular.</li>
 * </ol>
 * The prose column is measured in the document itself, never fixed: it is the width most lines of
 * wrapped text are set in, i.e. the median width of the multi-line paragraphs with each paragraph counted
 * once per line; a paragraph is wide when its longest line exceeds that by more than {@link #WIDER}.
 * A text whose paragraphs are mostly single lines (clean text, one paragraph per line) has no column, and
 * width decides nothing there.
 * First-person plural alone ("vi", "vores") decides nothing: the prose uses it too ("vi er gået fra
 * digitale novicer"), and some interview blocks have none ("Med de digitale møder kan man …").
 */
final class Voice {

    /** How much wider than the prose column a paragraph is set to stand apart from it: a fifth. */
    static final double WIDER = 1.2;

    private static final Pattern OPENING_QUOTE = Pattern.compile("^[”“\"„].*");
    private static final Pattern DIRECTORS = Pattern.compile("kommunaldirektør");
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("(?<!\\p{L})(?:jeg|mig|min|mit|mine)(?!\\p{L})");

    /** The prose column in characters, or 0 when the text is not set in columns. */
    private final int proseColumn;

    private Voice(int proseColumn) {
        this.proseColumn = proseColumn;
    }

    /** The voice rules with the prose column measured on {@code paragraphs}. */
    static Voice of(List<VoiceParagraph> paragraphs) {
        return new Voice(proseColumn(paragraphs));
    }

    /** The line-weighted median width of the multi-line paragraphs; 0 when most paragraphs are one line. */
    static int proseColumn(List<VoiceParagraph> paragraphs) {
        List<VoiceParagraph> wrapped = paragraphs.stream().filter(p -> p.lines().size() > 1).toList();
        if (wrapped.size() * 2 <= paragraphs.size()) {
            return 0;
        }
        int[] widths = wrapped.stream().flatMapToInt(p -> p.lines().stream().mapToInt(n -> p.width())).sorted()
                .toArray();
        return widths[widths.length / 2];
    }

    int proseColumn() {
        return proseColumn;
    }

    boolean isQuote(VoiceParagraph paragraph, String text) {
        if (CapitalSections.isForeword(paragraph.section())) {
            return false;
        }
        if (paragraph.speaker() != null || OPENING_QUOTE.matcher(text).matches()) {
            return true;
        }
        return isWide(paragraph) && !reportedSpeech(text);
    }

    private boolean isWide(VoiceParagraph paragraph) {
        return proseColumn > 0 && paragraph.lines().size() > 1 && paragraph.width() > WIDER * proseColumn;
    }

    /** Speaks about the directors in the third person, as the report's prose does. */
    static boolean reportedSpeech(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return DIRECTORS.matcher(lower).find() && !FIRST_PERSON_SINGULAR.matcher(lower).find();
    }
}
