package dk.erfaringsgraf.extract;

import java.util.function.Predicate;

/**
 * How positive or negative a text reads, as the extractor judges findings ({@link StanceScorer} over the
 * bundled {@code lexicon/valence.tsv}, with negation, diminishers and solved problems), for the stages after
 * extraction: above 0 leans positive (a gain, what helped), below 0 negative (a problem, what was hard).
 */
public final class Valence {

    private static final StanceScorer SCORER = new StanceScorer();

    private Valence() {
    }

    /** The stance of {@code text}: the sum of its sentences' signed lexicon weights. */
    public static int of(String text) {
        return SCORER.score(text);
    }

    /**
     * The stance of {@code text} with the lower-cased words {@code ignored} accepts read as neutral, e.g. the
     * topic words two texts share, so what remains is what each says about the topic.
     */
    public static int of(String text, Predicate<String> ignored) {
        return SCORER.score(text, ignored);
    }
}
