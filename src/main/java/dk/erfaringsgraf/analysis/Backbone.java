package dk.erfaringsgraf.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.jgrapht.Graph;
import org.jgrapht.graph.WeightedMultigraph;

/**
 * The backbone of a weighted undirected graph, for drawing a dense co-occurrence network readably.
 *
 * <p>Rule: an edge is kept when it is significant by the <em>disparity filter</em> (Serrano, Boguñá and
 * Vespignani, "Extracting the multiscale backbone of complex weighted networks", PNAS 106:6483, 2009) for at
 * least one of its ends, or when it lies on a maximum spanning forest. For an end of degree {@code k} and
 * strength {@code s} (sum of its edge weights), an edge of weight {@code w} has the p-value
 * {@code alpha = (1 - w/s)^(k-1)}: the chance that a uniformly random split of {@code s} over {@code k} edges
 * gives one edge a share of at least {@code w/s}. The edge is significant when {@code alpha < α} (default
 * 0.05). An end of degree 1 can make no edge significant ({@code alpha = 1}); the spanning forest keeps such
 * edges, and it keeps every connected component connected, so the backbone never cuts a node off.
 *
 * <p>The spanning forest is Kruskal's on weights, heaviest first; equal weights keep the graph's edge order, so
 * the result is deterministic. Running time O(m log m); the result is unmodifiable and in the graph's edge order.
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class Backbone<V, E> {

    /** The significance level of the original paper's examples and of most uses since. */
    public static final double DEFAULT_ALPHA = 0.05;

    private final Set<E> edges;

    /** The backbone at {@link #DEFAULT_ALPHA}. */
    public Backbone(Graph<V, E> graph) {
        this(graph, DEFAULT_ALPHA);
    }

    /**
     * @param graph an undirected graph with positive finite weights (parallel edges are treated as separate edges)
     * @param alpha significance level, in (0, 1]
     */
    public Backbone(Graph<V, E> graph, double alpha) {
        Objects.requireNonNull(graph, "graph");
        if (!graph.getType().isUndirected()) {
            throw new IllegalArgumentException("Backbone needs an undirected graph");
        }
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], not " + alpha);
        }
        Set<E> kept = new LinkedHashSet<>(significant(graph, alpha));
        kept.addAll(maximumSpanningForest(graph));
        Set<E> ordered = new LinkedHashSet<>();
        graph.edgeSet().stream().filter(kept::contains).forEach(ordered::add);
        this.edges = Collections.unmodifiableSet(ordered);
    }

    /** The kept edges, in the graph's edge order. */
    public Set<E> getEdges() {
        return edges;
    }

    /**
     * The disparity filter's p-value of an edge of weight {@code weight} at an end of the given strength and
     * degree: {@code (1 - weight/strength)^(degree-1)}; 1 for an end of degree 1.
     */
    public static double pValue(double weight, double strength, int degree) {
        if (degree <= 1) {
            return 1.0;
        }
        return Math.pow(1.0 - weight / strength, degree - 1);
    }

    /**
     * The backbone of a list of links of any shape (for example the web API's link rows): the links it keeps, in
     * their order. Links with the same ends are kept apart (parallel edges).
     */
    public static <L> List<L> of(List<L> links, Function<L, String> source, Function<L, String> target,
                                 ToDoubleFunction<L> weight, double alpha) {
        Graph<String, Link<L>> graph = new WeightedMultigraph<>(null, null);
        List<Link<L>> edges = new ArrayList<>();
        for (L link : links) {
            Link<L> edge = new Link<>(link);
            graph.addVertex(source.apply(link));
            graph.addVertex(target.apply(link));
            graph.addEdge(source.apply(link), target.apply(link), edge);
            graph.setEdgeWeight(edge, weight.applyAsDouble(link));
            edges.add(edge);
        }
        Set<Link<L>> kept = new Backbone<>(graph, alpha).getEdges();
        return edges.stream().filter(kept::contains).map(Link::value).toList();
    }

    /** An edge object that is equal only to itself, so equal link values stay separate edges. */
    private static final class Link<L> {
        private final L value;

        Link(L value) {
            this.value = value;
        }

        L value() {
            return value;
        }
    }

    private static <V, E> List<E> significant(Graph<V, E> graph, double alpha) {
        Map<V, Double> strength = new WeightedDegree<>(graph).getScores();
        List<E> out = new ArrayList<>();
        for (E e : graph.edgeSet()) {
            double w = EdgeWeights.of(graph, e);
            V a = graph.getEdgeSource(e);
            V b = graph.getEdgeTarget(e);
            if (pValue(w, strength.get(a), graph.degreeOf(a)) < alpha
                    || pValue(w, strength.get(b), graph.degreeOf(b)) < alpha) {
                out.add(e);
            }
        }
        return out;
    }

    /** Kruskal's algorithm, heaviest edge first, with a union–find over the vertices. */
    private static <V, E> List<E> maximumSpanningForest(Graph<V, E> graph) {
        List<E> byWeight = new ArrayList<>(graph.edgeSet());
        byWeight.sort(Comparator.comparingDouble((E e) -> EdgeWeights.of(graph, e)).reversed());
        Map<V, V> parent = new HashMap<>();
        graph.vertexSet().forEach(v -> parent.put(v, v));
        List<E> forest = new ArrayList<>();
        for (E e : byWeight) {
            V a = root(parent, graph.getEdgeSource(e));
            V b = root(parent, graph.getEdgeTarget(e));
            if (!a.equals(b)) {
                parent.put(a, b);
                forest.add(e);
            }
        }
        return forest;
    }

    private static <V> V root(Map<V, V> parent, V v) {
        V r = v;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        for (V x = v; !x.equals(r); ) {   // path compression
            V next = parent.get(x);
            parent.put(x, r);
            x = next;
        }
        return r;
    }
}
