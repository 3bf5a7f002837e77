package dk.erfaringsgraf.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Computes every centrality measure for every vertex with the named defaults of each algorithm: normalised
 * betweenness and harmonic centrality (edge length 1/weight on weighted graphs), PageRank (damping 0.85),
 * weighted degree and Louvain communities (resolution 1.0). Undirected graphs; deterministic.
 */
public final class Centrality {

    private Centrality() {
    }

    /**
     * @param graph an undirected graph, weighted or not; weights must be positive and finite
     * @return an unmodifiable map vertex → scores, in the graph's iteration order
     */
    public static <V, E> Map<V, CentralityScores<V>> compute(Graph<V, E> graph) {
        Objects.requireNonNull(graph, "graph");
        Map<V, Double> strength = new WeightedDegree<>(graph).getScores();
        Map<V, Double> betweenness = new BrandesBetweenness<>(graph, true).getScores();
        Map<V, Double> pagerank = new PageRankCentrality<>(graph).getScores();
        Map<V, Double> harmonic = new HarmonicCentrality<>(graph).getScores();
        Map<V, Integer> community = new LouvainCommunities<>(graph).getCommunities();
        Map<V, CentralityScores<V>> out = new LinkedHashMap<>();
        for (V v : graph.vertexSet()) {
            out.put(v, new CentralityScores<>(v, graph.degreeOf(v), strength.get(v), betweenness.get(v),
                    pagerank.get(v), harmonic.get(v), community.get(v)));
        }
        return Collections.unmodifiableMap(out);
    }
}
