package dk.erfaringsgraf.extract;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How alike two item texts are, as the Sørensen–Dice coefficient of their sets of lowercased words
 * (2|A∩B| / (|A|+|B|)). Word sets make the measure blind to word order and repetition and tolerant of a
 * fixed typo or a dropped word, which is what distinguishes two renditions of the same report.
 * Linear in the length of the texts.
 */
public final class TextSimilarity {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextSimilarity() {
    }

    /** The distinct lowercased words (letters and digits) of {@code text}, in order of first use. */
    public static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** Dice similarity of the word sets, from 0 (no word shared) to 1 (same words); 1 for two empty texts. */
    public static double dice(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1.0;
        }
        Set<String> shared = new HashSet<>(wa);
        shared.retainAll(wb);
        return 2.0 * shared.size() / (wa.size() + wb.size());
    }
}
