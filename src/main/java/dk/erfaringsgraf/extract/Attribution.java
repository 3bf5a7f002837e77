package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quote, where the report prints it: a line of its own after the quote that opens with a dash
 * ("– fagdirektør, sundhedsområdet"), a short role in parentheses closing the quote ("(forælder)"), or the
 * press style of an article: ”…,” fortæller Mette Holm, jobcenterchef i Vejen Kommune; or a name and
 * organisation after the quote, on a line of its own or closing it ("… Lasse Jacobsen, Viborg Kommune").
 */
final class Attribution {

    /** A role and an area fit in one short line; a longer dashed line is prose. */
    static final int MAX_ROLE_LINE = 100;

    private static final Pattern DASHED = Pattern.compile("^[–—-]\\s+(\\S.*)$");
    private static final Pattern IN_PARENTHESES = Pattern.compile("^(.*\\S)\\s*\\((\\p{Ll}[\\p{L} -]{0,30})\\)$");
    private static final String SENTENCE_ENDS = ".:;!?…" + QuoteMarks.MARKS;

    /** ”Quote,” verb Name[, role[ i Organisation]]. — the verbs of Danish reported speech. */
    private static final Pattern INLINE = Pattern.compile("^[”“\"„»«](.+?)[,]?[”“\"»«],?\\s+"
            + "(?:fortæller|siger|sagde|forklarer|udtaler|påpeger|understreger|mener|tilføjer|lyder det fra)\\s+"
            + "(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})(?:,\\s*(.+?))?\\.?$");
    private static final Pattern ROLE_IN_ORGANISATION = Pattern.compile("^(.+?)\\s+i\\s+(\\p{Lu}.*)$");

    /** An inline attribution: the quote's words and who said them; null when the paragraph is not one. */
    static Inline inline(String paragraph) {
        Matcher m = INLINE.matcher(paragraph.strip());
        if (!m.matches()) {
            return null;
        }
        String role = m.group(3);
        String organisation = null;
        if (role != null) {
            Matcher in = ROLE_IN_ORGANISATION.matcher(role);
            if (in.matches()) {
                role = in.group(1);
                organisation = in.group(2);
            }
        }
        String person = m.group(2).endsWith(".") ? m.group(2).substring(0, m.group(2).length() - 1) : m.group(2);
        return new Inline(m.group(1).strip(), new Speaker(person, role, organisation));
    }

    record Inline(String text, Speaker speaker) {
    }

    /** Two to four capitalised words or initials: "Søren S. Kjær", "Jens Peter Hegelund Jensen". */
    static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)){1,3}";
    /** "Sorø Kommune", "Ringkøbing-Skjern Kommune", "Region Sjælland", "KL". */
    private static final String ORGANISATION = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\sKommune"
            + "|Region\\s\\p{Lu}\\p{Ll}+|KL";
    private static final Pattern NAME_LINE = Pattern.compile("^(" + NAME + "),\\s(" + ORGANISATION + ")\\.?$");
    private static final Pattern TRAILING_NAME =
            Pattern.compile("^(.*?[.!?”’])\\s(" + NAME + "),\\s(" + ORGANISATION + ")\\.?$");

    /** A paragraph that is only "Name, Organisation": who said the quote before it; null when it is not one. */
    static Speaker nameLine(String text) {
        Matcher m = NAME_LINE.matcher(text.strip());
        return m.matches() ? Speaker.person(m.group(1), m.group(2)) : null;
    }

    /** A quote whose last words are "… Name, Organisation": its text and speaker; null when it does not end so. */
    static Inline trailingName(String text) {
        Matcher m = TRAILING_NAME.matcher(text.strip());
        return m.matches() ? new Inline(m.group(1).strip(), Speaker.person(m.group(2), m.group(3))) : null;
    }

    private Attribution() {
    }

    /** The role of a dashed attribution line as printed in the file, or null if the line is not one. */
    static String roleLine(String rawLine) {
        String text = TextJoiner.fold(rawLine);
        Matcher m = DASHED.matcher(text);
        boolean fits = text.length() <= MAX_ROLE_LINE && !endsSentence(text);
        return m.matches() && fits ? m.group(1) : null;
    }

    /** The quote without its closing "(role)", and the role; null when the quote names none. */
    static String[] closingRole(String quote) {
        Matcher m = IN_PARENTHESES.matcher(quote);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_ENDS.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
