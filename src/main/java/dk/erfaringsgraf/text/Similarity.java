package dk.erfaringsgraf.text;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Overlap measures of word sets, blind to word order and repetition. Jaccard |A∩B| / |A∪B| is the stricter
 * (it compares whole documents by their shingles); Sørensen–Dice 2|A∩B| / (|A|+|B|) weighs what is shared
 * more and suits short texts (an item and its rendition, a title and its table-of-contents line). Linear in
 * the sizes of the sets.
 */
public final class Similarity {

    private Similarity() {
    }

    /** Jaccard similarity from 0 (nothing shared) to 1 (same sets); 0 when both are empty. */
    public static double jaccard(Set<?> a, Set<?> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        long common = common(a, b);
        return (double) common / (a.size() + b.size() - common);
    }

    /** Dice similarity from 0 (nothing shared) to 1 (same sets); 1 when both are empty, as they are equal. */
    public static double dice(Set<?> a, Set<?> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 1.0;
        }
        return 2.0 * common(a, b) / (a.size() + b.size());
    }

    /** Dice similarity of the distinct words ({@link Tokenizer#WORDS}) of two texts; 1 for two empty texts. */
    public static double wordDice(CharSequence a, CharSequence b) {
        return dice(Tokenizer.WORDS.distinct(a), Tokenizer.WORDS.distinct(b));
    }

    /**
     * The distinct runs of {@code n} consecutive words ("w-shingles", joined by a space): two texts share
     * most shingles only when they share word order, not just vocabulary, so this compares whole documents.
     */
    public static Set<String> shingles(List<String> words, int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingle length must be at least 1, was " + n);
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + n <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + n)));
        }
        return out;
    }

    private static long common(Set<?> a, Set<?> b) {
        Set<?> smaller = a.size() <= b.size() ? a : b;
        Set<?> larger = smaller == a ? b : a;
        return smaller.stream().filter(larger::contains).count();
    }
}
