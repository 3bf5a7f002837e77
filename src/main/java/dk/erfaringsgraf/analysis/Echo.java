package dk.erfaringsgraf.analysis;

import java.util.List;
import java.util.Objects;

/**
 * A candidate echo: two items of different sources that say something alike. Their ids ({@code from} sorts
 * before {@code to}, one echo per unordered pair); the similarity in [0, 1] and what it is made of
 * (similarity = min(1, cosine × themeFactor): the TF-IDF cosine of their words and 1 + boost × the Jaccard
 * overlap of their themes); the words they share as the texts write them, weightiest first; and how the two
 * relate (agree, contrast, or only share a topic) with the signal that decided it.
 */
public record Echo(String from, String to, double similarity, double cosine, double themeFactor, List<String> terms,
                   EchoRelation.Relation relation, String basis) {

    public Echo {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(basis, "basis");
        if (from.compareTo(to) >= 0) {
            throw new IllegalArgumentException("Echo ids must be ordered from < to, got " + from + " and " + to);
        }
        terms = List.copyOf(terms);
    }
}
