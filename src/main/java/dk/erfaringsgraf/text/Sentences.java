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
            String before = text.substring(start, m.start());
            if (text.charAt(m.start()) == '.' && ABBREVIATION.matcher(before).find()) {
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
}
