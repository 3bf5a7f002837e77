package dk.erfaringsgraf.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Danish prose into sentences: after . ! ? (and a closing quote mark or parenthesis) followed by a space
 * and a capital letter, digit or opening quote mark, unless the period ends an abbreviation or ordinal that
 * Danish text puts before capitals and numbers ("fx.", "bl.a.", "f.eks.", "jf.", "ca.", "nr.", "kl.", "d. 17.").
 */
public final class Sentences {

    private static final Pattern END = Pattern.compile("[.!?…][”\"’)]*\\s+(?=[\\p{Lu}\\d”“\"„«–-])");
    /** A word of one to three lower-case letters or digits, dotted ("bl.a", "f.eks", "d", "17"), before the period. */
    private static final Pattern ABBREVIATION = Pattern.compile("(?:^|[\\s(])(?:\\p{Ll}{1,3}|\\d{1,2})(?:\\.\\p{Ll}{1,3})*$");

    /** How far back from a period an abbreviation is looked for: far more than any real one ("f.eks."). */
    private static final int ABBREVIATION_REACH = 48;

    private Sentences() {
    }

    /** A sentence and where it stands in the text. */
    public record Sentence(String text, int start, int end) {
    }

    public static List<Sentence> of(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = END.matcher(text);
        int start = 0;
        while (m.find()) {
            if (text.charAt(m.start()) == '.' && abbreviates(text, start, m.start())) {
                continue;
            }
            int end = m.start() + m.group().stripTrailing().length();
            out.add(new Sentence(text.substring(start, end), start, end));
            start = m.end();
        }
        if (start < text.length() && !text.substring(start).isBlank()) {
            out.add(new Sentence(text.substring(start).strip(), start, text.length()));
        }
        return out;
    }

    /**
     * Whether the text before {@code period} (from {@code start}) ends in an abbreviation. Only the last
     * {@link #ABBREVIATION_REACH} characters are looked at: trying the pattern at every position of a long
     * run of abbreviations ("a. b. c. …", which never ends the sentence) made a long line quadratic.
     */
    private static boolean abbreviates(String text, int start, int period) {
        int from = Math.max(start, period - ABBREVIATION_REACH);
        String tail = text.substring(from, period);
        Matcher m = ABBREVIATION.matcher(tail);
        if (!m.find()) {
            return false;
        }
        // '^' stands for the sentence's start: where the tail cut the text, a match there only counts
        // when it begins with the space or parenthesis before the word
        return from == start || m.start() > 0 || Character.isWhitespace(tail.charAt(0)) || tail.charAt(0) == '(';
    }
}
