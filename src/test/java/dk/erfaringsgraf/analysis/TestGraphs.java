package dk.erfaringsgraf.analysis;

import java.util.Random;

import org.jgrapht.Graph;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;

/** Small graphs for the algorithm tests. */
final class TestGraphs {

    private TestGraphs() {
    }

    /** The path 1 - 2 - ... - n. */
    static Graph<Integer, DefaultEdge> path(int n) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 1; v <= n; v++) {
            g.addVertex(v);
            if (v > 1) {
                g.addEdge(v - 1, v);
            }
        }
        return g;
    }

    /** Centre 0 joined to leaves 1..leaves. */
    static Graph<Integer, DefaultEdge> star(int leaves) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        g.addVertex(0);
        for (int v = 1; v <= leaves; v++) {
            g.addVertex(v);
            g.addEdge(0, v);
        }
        return g;
    }

    /** A weighted graph from "A-B:4" specs, vertices in order of first mention. */
    static Graph<String, DefaultWeightedEdge> weighted(String... edges) {
        Graph<String, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (String spec : edges) {
            String[] ends = spec.split(":")[0].split("-");
            g.addVertex(ends[0]);
            g.addVertex(ends[1]);
            g.setEdgeWeight(g.addEdge(ends[0], ends[1]), Double.parseDouble(spec.split(":")[1]));
        }
        return g;
    }

    /** The same edges with every weight ignored. */
    static Graph<String, DefaultEdge> unweighted(Graph<String, DefaultWeightedEdge> weighted) {
        Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        weighted.vertexSet().forEach(g::addVertex);
        weighted.edgeSet().forEach(e -> g.addEdge(weighted.getEdgeSource(e), weighted.getEdgeTarget(e)));
        return g;
    }

    /** G(n, p), seeded. */
    static Graph<Integer, DefaultEdge> random(int n, double p, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(n, p, seed).generateGraph(g);
        return g;
    }

    /** Directed G(n, p), seeded. */
    static Graph<Integer, DefaultEdge> randomDirected(int n, double p, long seed) {
        Graph<Integer, DefaultEdge> g = new SimpleDirectedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(n, p, seed, false).generateGraph(g);
        return g;
    }

    /**
     * G(n, p) with weights drawn from {1, 2, 4, 8}: their lengths 1/w are exact binary fractions, so path
     * lengths add up without rounding and an exact-equality implementation (JGraphT) sees the same ties.
     */
    static Graph<Integer, DefaultWeightedEdge> randomDyadicWeighted(int n, double p, long seed) {
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.createDefaultWeightedEdgeSupplier());
        new GnpRandomGraphGenerator<Integer, DefaultWeightedEdge>(n, p, seed).generateGraph(g);
        Random random = new Random(seed);
        for (DefaultWeightedEdge e : g.edgeSet()) {
            g.setEdgeWeight(e, 1 << random.nextInt(4));
        }
        return g;
    }
}
