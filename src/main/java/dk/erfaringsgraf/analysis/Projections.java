package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/**
 * Reads projections of the findings graph from Neo4j into JGraphT graphs (vertex ids as strings, edges
 * weighted by the number of items behind them). Every theme and actor is a vertex, also when isolated, so
 * that scores exist for all of them. Vertices are added in id order so that every algorithm that iterates
 * the graph is deterministic.
 */
public final class Projections {

    private final GraphStore store;

    public Projections(GraphStore store) {
        this.store = store;
    }

    /** Every theme and actor with its sources and item counts by kind. */
    public List<NodeStats> nodes() {
        return store.readFile("analysis/nodes", Map.of()).rows().stream().map(NodeStats::of).toList();
    }

    /** Themes linked by the items coded with both. */
    public Graph<String, DefaultWeightedEdge> themeCooccurrence(List<NodeStats> nodes) {
        return build(ids(nodes, "theme"), store.readFile("analysis/theme-cooccurrence", Map.of()), "", "");
    }

    /** Actors linked by the items that mention both. */
    public Graph<String, DefaultWeightedEdge> actorCooccurrence(List<NodeStats> nodes) {
        return build(ids(nodes, "actor"), store.readFile("analysis/actor-cooccurrence", Map.of()), "", "");
    }

    /** Actors and themes (vertex ids "actor:x", "theme:y") linked by the items that mention and are about them. */
    public Graph<String, DefaultWeightedEdge> actorTheme(List<NodeStats> nodes) {
        List<String> vertices = nodes.stream().map(n -> n.type() + ":" + n.id()).sorted().toList();
        return build(vertices, store.readFile("analysis/actor-theme", Map.of()), "actor:", "theme:");
    }

    private static List<String> ids(List<NodeStats> nodes, String type) {
        return nodes.stream().filter(n -> n.type().equals(type)).map(NodeStats::id).sorted().toList();
    }

    private static Graph<String, DefaultWeightedEdge> build(List<String> vertices, QueryResult edges,
                                                            String prefixA, String prefixB) {
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true).allowingMultipleEdges(false).allowingSelfLoops(false)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        vertices.forEach(g::addVertex);
        for (List<Object> row : edges.rows()) {
            String a = prefixA + row.get(0);
            String b = prefixB + row.get(1);
            DefaultWeightedEdge e = g.addEdge(a, b);
            g.setEdgeWeight(e, ((Number) row.get(2)).doubleValue());
        }
        return g;
    }
}
