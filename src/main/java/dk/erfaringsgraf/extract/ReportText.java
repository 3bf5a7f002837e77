package dk.erfaringsgraf.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text rules of a report's paragraphs, whatever its layout: quote marks, a quote's closing role
 * ("(forælder)"), footnotes, photo credits, what counts as prose.
 */
final class ReportText {

    private static final String QUOTE_MARKS = "”“\"";
    /** "… fantastisk. (forælder)": a short lowercase role in parentheses closing a quote. */
    private static final Pattern ROLE = Pattern.compile("^(.*\\S)\\s*\\((\\p{Ll}[\\p{L} -]{0,30})\\)$");
    /** "¹ Består af…" / "1 Består af…": a footnote's reference mark before its text. */
    private static final Pattern FOOTNOTE = Pattern.compile("^[¹²³0-9]\\s+(?=\\p{Lu})");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.?!][”\")]?$");
    private static final Pattern LETTER_OR_DIGIT = Pattern.compile("[\\p{L}\\p{N}]");

    private ReportText() {
    }

    /** Removes an opening mark, and a closing one when it is left without a partner inside the text. */
    static String stripQuoteMarks(String text) {
        String s = text.strip();
        if (!s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1).strip();
        }
        if (!s.isEmpty() && QUOTE_MARKS.indexOf(s.charAt(s.length() - 1)) >= 0
                && countMarks(s) % 2 == 1) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static long countMarks(String s) {
        return s.chars().filter(c -> QUOTE_MARKS.indexOf(c) >= 0).count();
    }

    /** The text of a quote and the role it names at its end ("(forælder)"), or null. */
    static Matcher role(String quote) {
        Matcher m = ROLE.matcher(quote);
        return m.matches() ? m : null;
    }

    static String stripFootnoteMark(String text) {
        return FOOTNOTE.matcher(text).replaceFirst("");
    }

    static boolean isFootnote(String text) {
        return FOOTNOTE.matcher(text).find();
    }

    /** A paragraph of prose: a finished sentence of several words (not "God læselyst.", not a signature). */
    static boolean isProse(String text) {
        return SENTENCE_END.matcher(text).matches() && text.split("\\s+").length >= 4;
    }

    static boolean hasWords(String text) {
        return LETTER_OR_DIGIT.matcher(text).find();
    }

    /** Layout that is not report text: photo credits, stray punctuation. */
    static boolean isFurniture(String text) {
        return !hasWords(text) || text.startsWith("Foto:");
    }
}
