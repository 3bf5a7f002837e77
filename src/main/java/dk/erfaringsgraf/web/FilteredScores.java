package dk.erfaringsgraf.web;

import dk.erfaringsgraf.analysis.Centrality;
import dk.erfaringsgraf.analysis.CentralityScores;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Centrality of the chosen findings only ({@code /api/graph?scope=filtered}): the theme and the actor
 * co-occurrence graphs of the filtered items, scored by the same JGraphT-based code as {@code analyze}, so a
 * researcher can ask what is central in, say, Sorø's challenges rather than in the whole corpus.
 */
final class FilteredScores {

    private FilteredScores() {
    }

    /** Replaces the metrics and community of the theme and actor nodes with those of the filtered graph. */
    static void apply(List<Map<String, Object>> nodes, List<Map<String, Object>> cooccurs) {
        for (String type : List.of("theme", "actor")) {
            Graph<String, DefaultWeightedEdge> graph = projection(type, nodes, cooccurs);
            Map<String, CentralityScores<String>> scores = Centrality.compute(graph);
            nodes.stream().filter(n -> type.equals(n.get("type"))).forEach(n -> put(n, scores.get((String) n.get("id"))));
        }
    }

    private static Graph<String, DefaultWeightedEdge> projection(String type, List<Map<String, Object>> nodes,
                                                                 List<Map<String, Object>> cooccurs) {
        Graph<String, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        nodes.stream().filter(n -> type.equals(n.get("type"))).forEach(n -> graph.addVertex((String) n.get("id")));
        for (Map<String, Object> link : cooccurs) {
            String a = (String) link.get("source");
            String b = (String) link.get("target");
            if (graph.containsVertex(a) && graph.containsVertex(b)) {
                graph.setEdgeWeight(graph.addEdge(a, b), ((Number) link.get("weight")).doubleValue());
            }
        }
        return graph;
    }

    private static void put(Map<String, Object> node, CentralityScores<String> s) {
        node.put("metrics", s.metrics());
        node.put("community", s.community());
    }
}
