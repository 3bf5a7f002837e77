package dk.erfaringsgraf.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the interviewees' words from the report's own prose, by layout and language together:
 * <ol>
 *   <li>the foreword (before the first heading) is the association's own voice: prose;</li>
 *   <li>a paragraph followed by "Name, X Kommune", or opening with a quotation mark, is a quote, however
 *       narrow its column (the Thisted and Rudersdal quotes are set in 40-character columns);</li>
 *   <li>otherwise the column decides: the report's prose runs in a column of at most {@value #PROSE_COLUMN}
 *       characters (narrow call-outs are narrower still), the interview blocks are set wider; but a wide
 *       paragraph that speaks ABOUT the municipal directors ("kommunaldirektørerne fremhæver …") is the
 *       report's reported speech, not an interviewee's, unless it speaks in the first person singular.</li>
 * </ol>
 * First-person plural alone ("vi", "vores") decides nothing: the prose uses it too ("vi er gået fra
 * digitale novicer"), and some interview blocks have none ("Med de digitale møder kan man …").
 */
final class KomdirVoice {

    /** The widest line of the report's prose column, in characters. */
    static final int PROSE_COLUMN = 60;

    private static final Pattern OPENING_QUOTE = Pattern.compile("^[”“\"„].*");
    private static final Pattern DIRECTORS = Pattern.compile("kommunaldirektør");
    private static final Pattern FIRST_PERSON_SINGULAR = Pattern.compile("(?<!\\p{L})(?:jeg|mig|min|mit|mine)(?!\\p{L})");

    private KomdirVoice() {
    }

    static boolean isQuote(KomdirParagraph paragraph, String text) {
        if (KomdirSections.FOREWORD.equals(paragraph.section())) {
            return false;
        }
        if (paragraph.speaker() != null || OPENING_QUOTE.matcher(text).matches()) {
            return true;
        }
        return paragraph.width() > PROSE_COLUMN && !reportedSpeech(text);
    }

    /** Speaks about the directors in the third person, as the report's prose does. */
    static boolean reportedSpeech(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return DIRECTORS.matcher(lower).find() && !FIRST_PERSON_SINGULAR.matcher(lower).find();
    }
}
