package dk.erfaringsgraf.analysis;

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
}
