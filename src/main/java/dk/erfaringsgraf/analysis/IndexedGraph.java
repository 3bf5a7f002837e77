package dk.erfaringsgraf.analysis;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntToDoubleFunction;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * A graph's vertices numbered 0..n-1 in the graph's iteration order, with its outgoing adjacency as arrays
 * (compressed rows) and each arc's length. Array indices instead of hash maps make the shortest-path sweeps
 * both fast and independent of hash order.
 *
 * <p>Length convention: on a weighted graph an edge of weight w has length 1/w, because a heavier
 * co-occurrence means two themes are closer; on an unweighted graph every length is 1.
 */
final class IndexedGraph<V> {

    final List<V> vertices;
    final boolean weighted;
    final boolean directed;
    /** Arcs of vertex v are {@code target[start[v]] .. target[start[v+1]-1]}. */
    final int[] start;
    final int[] target;
    final double[] length;
    /** Number of arcs entering each vertex: the most predecessors it can have on shortest paths. */
    final int[] inArcs;

    private IndexedGraph(List<V> vertices, boolean weighted, boolean directed, int[] start, int[] target,
            double[] length, int[] inArcs) {
        this.vertices = vertices;
        this.weighted = weighted;
        this.directed = directed;
        this.start = start;
        this.target = target;
        this.length = length;
        this.inArcs = inArcs;
    }

    static <V, E> IndexedGraph<V> of(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        List<V> vertices = List.copyOf(graph.vertexSet());
        Map<V, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int n = vertices.size();
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + graph.outgoingEdgesOf(vertices.get(v)).size();
        }
        int[] target = new int[start[n]];
        double[] length = new double[start[n]];
        int[] inArcs = new int[n];
        for (int v = 0; v < n; v++) {
            int arc = start[v];
            for (E e : graph.outgoingEdgesOf(vertices.get(v))) {
                int w = index.get(Graphs.getOppositeVertex(graph, e, vertices.get(v)));
                target[arc] = w;
                length[arc++] = 1.0 / EdgeWeights.of(graph, e);
                inArcs[w]++;
            }
        }
        return new IndexedGraph<>(vertices, graph.getType().isWeighted(), graph.getType().isDirected(), start,
                target, length, inArcs);
    }

    int size() {
        return vertices.size();
    }

    /** An unmodifiable map vertex → score in the graph's iteration order. */
    Map<V, Double> scores(IntToDoubleFunction score) {
        Map<V, Double> out = new LinkedHashMap<>();
        for (int v = 0; v < vertices.size(); v++) {
            out.put(vertices.get(v), score.applyAsDouble(v));
        }
        return Collections.unmodifiableMap(out);
    }
}
