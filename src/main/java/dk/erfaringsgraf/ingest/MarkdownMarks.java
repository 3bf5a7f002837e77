package dk.erfaringsgraf.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown a report export carries: ATX headings ({@code ## Ledelse}), blockquotes ({@code > …}) and
 * emphasis ({@code **fed**}, {@code *kursiv*}). The marks are form, not words of the report, so block text
 * leaves them out.
 */
final class MarkdownMarks {

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern QUOTE = Pattern.compile("^ {0,3}>[ \\t]?");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    /** One asterisk on each side of a phrase, not inside a word and not a bullet or a lone star. */
    private static final Pattern ITALIC = Pattern.compile("(?<![\\p{L}*])\\*(\\S[^*]*?)\\*(?![\\p{L}*])");

    private MarkdownMarks() {
    }

    /** The level of an ATX heading line ({@code #} = 1), or 0 when the line is not one. */
    static int headingLevel(TextLine line) {
        Matcher m = HEADING.matcher(line.shape());
        return m.matches() ? m.group(1).length() : 0;
    }

    /** The heading's text without its {@code #} marks. */
    static String headingText(TextLine line) {
        Matcher m = HEADING.matcher(line.shape());
        return m.matches() ? m.group(2) : line.content();
    }

    static boolean isQuote(TextLine line) {
        return QUOTE.matcher(line.shape()).find();
    }

    /** A blockquote line without its {@code >}. */
    static String quoteText(TextLine line) {
        return QUOTE.matcher(line.shape()).replaceFirst("");
    }

    /** Drops emphasis marks: {@code **x**} and {@code *x*} become {@code x}. */
    static String unmark(String text) {
        return ITALIC.matcher(BOLD.matcher(text).replaceAll("$1")).replaceAll("$1");
    }
}
