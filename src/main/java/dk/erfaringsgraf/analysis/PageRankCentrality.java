package dk.erfaringsgraf.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;

/**
 * PageRank (Brin and Page 1998) by JGraphT's power iteration, weighted when the graph is (an edge is followed
 * in proportion to its weight), with the usual damping 0.85 and a tolerance of 1e-6 instead of JGraphT's 1e-4,
 * so scores agree with networkx to about five decimals. An undirected edge is followed both ways.
 *
 * <p>This wrapper fixes the parameters by name, validates them and the weights up front, and returns the scores
 * as an unmodifiable map in the graph's iteration order. Running time O(k(n + m)) for k ≤ max iterations.
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class PageRankCentrality<V, E> extends CachedVertexScores<V> {

    /** Probability of following an edge rather than jumping to a random vertex. */
    public static final double DEFAULT_DAMPING = 0.85;
    /** Upper bound on power iterations. */
    public static final int DEFAULT_MAX_ITERATIONS = 100;
    /** Iteration stops when no score changes by more than this. */
    public static final double DEFAULT_TOLERANCE = 1e-6;

    private final Graph<V, E> graph;
    private final double damping;
    private final int maxIterations;
    private final double tolerance;

    /** PageRank of {@code graph} with the default damping, iteration cap and tolerance. */
    public PageRankCentrality(Graph<V, E> graph) {
        this(graph, DEFAULT_DAMPING, DEFAULT_MAX_ITERATIONS, DEFAULT_TOLERANCE);
    }

    /**
     * @param graph         the input graph; weights, if any, must be positive and finite
     * @param damping       in [0, 1]
     * @param maxIterations at least 1
     * @param tolerance     positive
     */
    public PageRankCentrality(Graph<V, E> graph, double damping, int maxIterations, double tolerance) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(damping >= 0.0 && damping <= 1.0)) {
            throw new IllegalArgumentException("PageRank damping must be in [0, 1], not " + damping);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("PageRank max iterations must be at least 1, not " + maxIterations);
        }
        if (!(tolerance > 0.0)) {
            throw new IllegalArgumentException("PageRank tolerance must be positive, not " + tolerance);
        }
        graph.edgeSet().forEach(e -> EdgeWeights.of(graph, e));
        this.damping = damping;
        this.maxIterations = maxIterations;
        this.tolerance = tolerance;
    }

    @Override
    Map<V, Double> computeScores() {
        Map<V, Double> raw = new PageRank<>(graph, damping, maxIterations, tolerance).getScores();
        Map<V, Double> ordered = new LinkedHashMap<>();
        graph.vertexSet().forEach(v -> ordered.put(v, raw.get(v)));
        return Collections.unmodifiableMap(ordered);
    }
}
