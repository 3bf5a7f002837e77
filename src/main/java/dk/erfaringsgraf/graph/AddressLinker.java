package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.text.Similarity;
import dk.erfaringsgraf.text.StopWords;
import dk.erfaringsgraf.text.Tokenizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which challenges a recommendation addresses, within one source: a score from shared themes (Jaccard,
 * weight {@value #THEME_WEIGHT}) and shared content words (Dice over words of four or more letters that
 * are not Danish function words, {@link StopWords.Group#LINKER}). Each recommendation links to at most
 * {@value #MAX_LINKS} challenges scoring at least {@value #MIN_SCORE}. O(r·c) for r recommendations and c
 * challenges.
 */
final class AddressLinker {

    static final double MIN_SCORE = 0.3;
    static final int MAX_LINKS = 3;
    static final double THEME_WEIGHT = 0.6;
    /** Content words: runs of four letters or more; shorter words are function words or abbreviations. */
    private static final Tokenizer WORDS = Tokenizer.WORDS.with(Tokenizer.Words.LETTERS).minLength(4);
    private static final StopWords STOP = StopWords.danish(StopWords.Group.LINKER);

    /** One scored link. */
    record Link(String recommendation, String challenge, double score) {
    }

    /** A coded item as the linker sees it. */
    record Candidate(String id, Set<String> themes, String text) {
    }

    private AddressLinker() {
    }

    static List<Link> link(List<Candidate> recommendations, List<Candidate> challenges) {
        List<Link> out = new ArrayList<>();
        Map<String, Set<String>> words = new java.util.HashMap<>();
        challenges.forEach(c -> words.put(c.id(), contentWords(c.text())));
        for (Candidate r : recommendations) {
            Set<String> rWords = contentWords(r.text());
            challenges.stream()
                    .map(c -> new Link(r.id(), c.id(), score(r, rWords, c, words.get(c.id()))))
                    .filter(l -> l.score() >= MIN_SCORE)
                    .sorted(Comparator.comparingDouble(Link::score).reversed().thenComparing(Link::challenge))
                    .limit(MAX_LINKS)
                    .forEach(out::add);
        }
        return out;
    }

    private static double score(Candidate r, Set<String> rWords, Candidate c, Set<String> cWords) {
        double s = THEME_WEIGHT * Similarity.jaccard(r.themes(), c.themes())
                + (1 - THEME_WEIGHT) * words(rWords, cWords);
        return Math.round(s * 1000) / 1000.0;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>(WORDS.distinct(text));
        out.removeIf(STOP::contains);
        return out;
    }

    /** Dice of the content words; two texts without content words share no evidence, so 0, not 1. */
    private static double words(Set<String> a, Set<String> b) {
        return a.isEmpty() || b.isEmpty() ? 0 : Similarity.dice(a, b);
    }
}
