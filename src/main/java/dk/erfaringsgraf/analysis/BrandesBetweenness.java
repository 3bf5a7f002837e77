package dk.erfaringsgraf.analysis;

import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Betweenness centrality by Brandes' algorithm: for every vertex v, the sum over pairs s ≠ v ≠ t of the share
 * of shortest s–t paths that pass through v.
 *
 * <p>Unlike JGraphT's {@code BetweennessCentrality}, path counts are kept in {@code double}: on lattice-like
 * graphs they exceed {@link Long#MAX_VALUE} (a 40×40 grid has about 2.6e22 shortest paths between opposite
 * corners), where a {@code long} counter silently wraps and yields wrong scores.
 *
 * <p>On an unweighted graph paths are found by breadth-first search. On a weighted graph they are found by
 * Dijkstra's algorithm where an edge of weight w has length 1/w: the weights are co-occurrence counts, and
 * themes coded together more often are closer, so a path through strong ties is shorter than one through weak
 * ties. Path lengths that differ only by rounding (relative difference at most 1e-12, e.g. 1/6 + 1/30
 * against 1/5) count as equal, so such paths share the pair instead of one of them taking it all. Weights must be positive and finite. Parallel edges
 * count as distinct paths (as in JGraphT); self-loops are ignored.
 *
 * <p>On an undirected graph each unordered pair counts once; normalised scores are divided by (n-1)(n-2)/2
 * (by (n-1)(n-2) on a directed graph), computed in {@code double}, so the score is the share of all pairs
 * whose shortest paths go through the vertex. This matches networkx's {@code normalized=True}; JGraphT's
 * normalised scores on undirected graphs are half of these.
 *
 * <p>The graph is read once, in its iteration order, when the algorithm is constructed; the result is
 * deterministic for a given graph. Running time O(nm) unweighted; weighted, O(nm log n) with the binary
 * heap used here (Brandes' bound O(nm + n² log n) needs a Fibonacci heap). Space O(n + m).
 *
 * <p>Reference: U. Brandes, "A faster algorithm for betweenness centrality", Journal of Mathematical
 * Sociology 25(2), 2001.
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class BrandesBetweenness<V, E> extends CachedVertexScores<V> {

    /** Scores are raw pair counts unless normalisation is asked for, as in JGraphT. */
    public static final boolean DEFAULT_NORMALIZE = false;

    private final IndexedGraph<V> graph;
    private final boolean normalize;

    /**
     * Unnormalised betweenness of {@code graph}.
     *
     * @param graph the input graph; weights, if any, must be positive and finite
     */
    public BrandesBetweenness(Graph<V, E> graph) {
        this(graph, DEFAULT_NORMALIZE);
    }

    /**
     * @param graph     the input graph; weights, if any, must be positive and finite
     * @param normalize whether to divide by the number of pairs not containing the vertex
     */
    public BrandesBetweenness(Graph<V, E> graph, boolean normalize) {
        this.graph = IndexedGraph.of(Objects.requireNonNull(graph, "graph"));
        this.normalize = normalize;
    }

    @Override
    Map<V, Double> computeScores() {
        double[] betweenness = new double[graph.size()];
        ShortestPathSweep sweep = new ShortestPathSweep(graph);
        double[] delta = new double[graph.size()];
        for (int s = 0; s < graph.size(); s++) {
            sweep.run(s);
            accumulate(sweep, s, delta, betweenness);
        }
        double divisor = divisor();
        return graph.scores(v -> betweenness[v] / divisor);
    }

    /** Brandes' dependency accumulation, farthest vertices first. */
    private static void accumulate(ShortestPathSweep sweep, int s, double[] delta, double[] betweenness) {
        for (int i = sweep.settledCount - 1; i >= 0; i--) {
            int w = sweep.order[i];
            double share = (1.0 + delta[w]) / sweep.sigma[w];
            for (int p = 0; p < sweep.predecessorCount(w); p++) {
                int v = sweep.predecessor(w, p);
                delta[v] += sweep.sigma[v] * share;
            }
            if (w != s) {
                betweenness[w] += delta[w];
            }
            delta[w] = 0.0;
        }
    }

    /**
     * The sweeps count every ordered pair (s, t), so an undirected pair twice: halve, and for normalised scores
     * divide by the pairs, (n-1)(n-2)/2 undirected. Both cases come to (n-1)(n-2), in double (no int overflow).
     */
    private double divisor() {
        double n = graph.size();
        if (normalize && n > 2) {
            return (n - 1.0) * (n - 2.0);
        }
        return graph.directed ? 1.0 : 2.0;
    }
}
