package dk.erfaringsgraf.analysis;

import java.util.Map;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * The JGraphT scoring contract shared by the centrality algorithms: scores computed once on first use,
 * unmodifiable, and a clear error for a vertex the graph does not have.
 */
abstract class CachedVertexScores<V> implements VertexScoringAlgorithm<V, Double> {

    private Map<V, Double> scores;

    /** Computes every vertex's score, in the graph's iteration order, unmodifiable. */
    abstract Map<V, Double> computeScores();

    @Override
    public final Map<V, Double> getScores() {
        if (scores == null) {
            scores = computeScores();
        }
        return scores;
    }

    @Override
    public final Double getVertexScore(V v) {
        Double score = getScores().get(v);
        if (score == null) {
            throw new IllegalArgumentException("Cannot return score of unknown vertex " + v);
        }
        return score;
    }
}
