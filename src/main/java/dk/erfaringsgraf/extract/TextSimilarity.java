package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.text.Similarity;
import dk.erfaringsgraf.text.Tokenizer;
import java.util.Set;

/**
 * How alike two item texts are: the Dice coefficient of their word sets, now {@link Similarity#wordDice}.
 * Kept only for {@code SoroeToc}, which is being rewritten; new code calls the text toolkit directly.
 */
public final class TextSimilarity {

    private TextSimilarity() {
    }

    /** The distinct lowercased words (letters and digits) of {@code text}, in order of first use. */
    public static Set<String> words(String text) {
        return Tokenizer.WORDS.distinct(text);
    }

    /** Dice similarity of the word sets, from 0 (no word shared) to 1 (same words); 1 for two empty texts. */
    public static double dice(String a, String b) {
        return Similarity.wordDice(a, b);
    }
}
