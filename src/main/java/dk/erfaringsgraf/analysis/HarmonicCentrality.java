package dk.erfaringsgraf.analysis;

import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Harmonic centrality (Marchiori and Latora 2000; Rochat 2009): the sum of 1/d(v, u) over all other vertices
 * u, where unreachable vertices add 0, so it is defined on disconnected graphs, unlike closeness.
 *
 * <p>Distances follow the same convention as {@link BrandesBetweenness}: hops on an unweighted graph, and on a
 * weighted graph the sum of 1/weight along the path, because heavier co-occurrence means closer themes.
 * JGraphT's own {@code HarmonicCentrality} takes the weight itself as the length, which would make strongly
 * tied themes far apart; on a graph whose weights are already lengths the two agree. Normalised scores are
 * divided by n-1, so an unweighted vertex adjacent to all others scores 1; weighted scores may exceed 1.
 *
 * <p>Deterministic; running time O(nm) unweighted, O(nm log n) weighted. Out-going paths on directed graphs.
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class HarmonicCentrality<V, E> extends CachedVertexScores<V> {

    /** Normalised by n-1 unless told otherwise, as in JGraphT. */
    public static final boolean DEFAULT_NORMALIZE = true;

    private final IndexedGraph<V> graph;
    private final boolean normalize;

    /** Normalised harmonic centrality of {@code graph}; weights, if any, must be positive and finite. */
    public HarmonicCentrality(Graph<V, E> graph) {
        this(graph, DEFAULT_NORMALIZE);
    }

    /**
     * @param graph     the input graph; weights, if any, must be positive and finite
     * @param normalize whether to divide by n-1
     */
    public HarmonicCentrality(Graph<V, E> graph, boolean normalize) {
        this.graph = IndexedGraph.of(Objects.requireNonNull(graph, "graph"));
        this.normalize = normalize;
    }

    @Override
    Map<V, Double> computeScores() {
        double[] harmonic = new double[graph.size()];
        ShortestPathSweep sweep = new ShortestPathSweep(graph);
        for (int s = 0; s < graph.size(); s++) {
            sweep.run(s);
            for (int i = 1; i < sweep.settledCount; i++) {
                harmonic[s] += 1.0 / sweep.distance[sweep.order[i]];
            }
        }
        double divisor = normalize && graph.size() > 1 ? graph.size() - 1.0 : 1.0;
        return graph.scores(v -> harmonic[v] / divisor);
    }
}
