package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.Valence;
import dk.erfaringsgraf.text.Stemmer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How two echoing items relate, read from general signals rather than from pairs:
 * <ol>
 *   <li><b>contrasts</b> when they lean opposite ways about what they share: each item's lean is the valence
 *   of its own words ({@link Valence}, the extractor's lexicon with negation) with the shared words left out
 *   ("sårbare unge" names the group both talk about, not how it went), when that valence is clear
 *   (|v| ≥ {@value #CLEAR_VALENCE}); otherwise its kind (an opportunity leans positive, a challenge
 *   negative). "Digital talks helped vulnerable young people" against "they struggle online" is a contrast.</li>
 *   <li><b>related</b> when either is a question: it asks, so it makes no point to agree with.</li>
 *   <li><b>agrees</b> when they share at least {@value #POINT_TERMS} weighted words: one or two shared words
 *   are mostly the topic ("dagtilbud", "skole"); a third is mostly the claim ("effektive", "dagsorden").</li>
 *   <li><b>related</b> otherwise: the same topic, not shown to be the same point.</li>
 * </ol>
 * Judged on the bundled corpus ({@code src/test/resources/echoes/judged.tsv}, EchoPrecisionTest). Constant
 * time per pair beyond one pass over each text.
 */
public final class EchoRelation {

    /** Least |valence| of an item's own words that overrules its kind. */
    static final int CLEAR_VALENCE = 2;
    /** Least number of shared terms for two items to make the same point rather than share a topic. */
    static final int POINT_TERMS = 3;

    /** What an echo is. */
    public enum Relation {
        /** The same point, the same way. */
        AGREES,
        /** The same point or topic, opposite valence or kind. */
        CONTRASTS,
        /** The same topic, not the same point. */
        RELATED;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The relation and the signal that decided it: {@code valence} (opposite leanings), {@code question},
     * {@code shared-words} (enough shared words for one point) or {@code topic} (only topic words shared).
     */
    record Reading(Relation relation, String basis) {
    }

    /** Reads how {@code a} and {@code b} relate, given the stemmed terms they share. */
    Reading read(Item a, Item b, List<String> sharedTerms) {
        Set<String> shared = Set.copyOf(sharedTerms);
        int leanA = lean(a, shared);
        int leanB = lean(b, shared);
        if (leanA * leanB < 0) {
            return new Reading(Relation.CONTRASTS, "valence");
        }
        if (a.kind() == ItemKind.QUESTION || b.kind() == ItemKind.QUESTION) {
            return new Reading(Relation.RELATED, "question");
        }
        return shared.size() >= POINT_TERMS ? new Reading(Relation.AGREES, "shared-words")
                : new Reading(Relation.RELATED, "topic");
    }

    /** +1, -1 or 0: the item's valence without the shared words when clear, else its kind's. */
    static int lean(Item item, Set<String> sharedTerms) {
        int valence = Valence.of(item.text(), word -> sharedTerms.contains(Stemmer.stem(word)));
        if (Math.abs(valence) >= CLEAR_VALENCE) {
            return Integer.signum(valence);
        }
        return switch (item.kind()) {
            case OPPORTUNITY -> 1;
            case CHALLENGE -> -1;
            default -> 0;
        };
    }
}
