package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.Corpus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the API reads from: the graph store, the corpus the graph was loaded from (for provenance) and the
 * source ids known at start (the allowed values of the {@code sources} filters).
 */
final class Explorer {

    static final List<String> KINDS = List.of("opportunity", "challenge", "recommendation", "observation", "quote");
    static final List<String> METRICS = List.of("degree", "weightedDegree", "betweenness", "pagerank", "harmonic");

    private final GraphStore store;
    private final Corpus corpus;
    private final List<String> sourceIds;

    Explorer(GraphStore store, Corpus corpus) {
        this.store = store;
        this.corpus = corpus;
        this.sourceIds = rows("web/sources", Map.of()).stream().map(r -> (String) r.get("id")).toList();
    }

    GraphStore store() {
        return store;
    }

    Corpus corpus() {
        return corpus;
    }

    List<String> sourceIds() {
        return sourceIds;
    }

    /** The rows of {@code cypher/<name>.cypher} as maps, column name → plain value, in column order. */
    List<Map<String, Object>> rows(String name, Map<String, Object> params) {
        return maps(store.readFile(name, params));
    }

    static List<Map<String, Object>> maps(QueryResult result) {
        return result.rows().stream().map(row -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                map.put(result.columns().get(c), row.get(c));
            }
            return map;
        }).toList();
    }
}
