package dk.erfaringsgraf.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * Weighted degree (strength): the sum of the weights of the edges touching a vertex; on an unweighted graph,
 * the degree. A self-loop counts twice, as in {@link Graph#degreeOf}. On a theme co-occurrence graph it is the
 * number of (item, other theme) codings a theme shares. Running time O(n + m); deterministic.
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class WeightedDegree<V, E> implements VertexScoringAlgorithm<V, Double> {

    private final Map<V, Double> scores;

    /** @param graph the input graph; weights, if any, must be positive and finite */
    public WeightedDegree(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        Map<V, Double> out = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            double sum = 0.0;
            for (E e : graph.edgesOf(v)) {
                boolean loop = graph.getEdgeSource(e).equals(graph.getEdgeTarget(e));
                sum += (loop ? 2 : 1) * EdgeWeights.of(graph, e);
            }
            out.put(v, sum);
        }
        this.scores = Collections.unmodifiableMap(out);
    }

    @Override
    public Map<V, Double> getScores() {
        return scores;
    }

    @Override
    public Double getVertexScore(V v) {
        Double score = scores.get(v);
        if (score == null) {
            throw new IllegalArgumentException("Cannot return score of unknown vertex " + v);
        }
        return score;
    }
}
