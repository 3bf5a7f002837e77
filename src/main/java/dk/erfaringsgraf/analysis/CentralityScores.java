package dk.erfaringsgraf.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * All centrality measures of one vertex, as {@link Centrality#compute} gives them.
 *
 * @param vertex         the vertex
 * @param degree         number of incident edges ({@code Graph.degreeOf})
 * @param weightedDegree sum of incident edge weights ({@link WeightedDegree})
 * @param betweenness    normalised betweenness, share of pairs ({@link BrandesBetweenness})
 * @param pagerank       PageRank ({@link PageRankCentrality})
 * @param harmonic       normalised harmonic centrality ({@link HarmonicCentrality})
 * @param community      Louvain community id, 0.. in order of first vertex ({@link LouvainCommunities})
 * @param <V>            the graph vertex type
 */
public record CentralityScores<V>(V vertex, int degree, double weightedDegree, double betweenness,
        double pagerank, double harmonic, int community) {

    /** The measures by the names they have on :Theme/:Actor nodes and in the web API, in this order. */
    public static final List<String> METRICS = List.of("degree", "weightedDegree", "betweenness", "pagerank", "harmonic");

    /** The measures (not the community) by their {@link #METRICS} names, in that order. */
    public Map<String, Object> metrics() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("degree", degree);
        m.put("weightedDegree", weightedDegree);
        m.put("betweenness", betweenness);
        m.put("pagerank", pagerank);
        m.put("harmonic", harmonic);
        return m;
    }
}
