package dk.erfaringsgraf.analysis;

import java.util.Collection;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Centrality of the chosen findings only ({@code /api/graph?scope=filtered}): the co-occurrence graph of the
 * filtered items, scored by the same code as {@code analyze} ({@link Centrality#compute}), so a researcher can
 * ask what is central in, say, Sorø's challenges rather than in the whole corpus. With every item chosen the
 * scores equal the stored ones.
 */
public final class FilteredScores {

    private FilteredScores() {
    }

    /**
     * The scores of the graph on {@code vertices} with those {@code links} whose two ends are both vertices
     * (the rest are ignored, so one list of theme and actor links serves both projections).
     */
    public static Map<String, CentralityScores<String>> of(Collection<String> vertices, Collection<WeightedLink> links) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        vertices.forEach(graph::addVertex);
        for (WeightedLink link : links) {
            if (graph.containsVertex(link.source()) && graph.containsVertex(link.target())) {
                graph.setEdgeWeight(graph.addEdge(link.source(), link.target()), link.weight());
            }
        }
        return Centrality.compute(graph);
    }
}
