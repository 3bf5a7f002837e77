package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/graph}: the network as D3 wants it ({nodes, links}), built from the items of the chosen
 * sources and kinds; node types theme and actor by default, source and item on demand.
 */
final class GraphApi {

    static final List<String> TYPES = List.of("theme", "actor", "source", "item");

    private final Explorer explorer;

    GraphApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        List<String> types = Params.list(ctx, "types", TYPES);
        if (ctx.queryParam("types") == null) {
            types = List.of("theme", "actor");
        }
        Map<String, Object> filter = Map.of("sources", Params.list(ctx, "sources", explorer.sourceIds()),
                "kinds", Params.list(ctx, "kinds", Explorer.KINDS));
        int minWeight = Params.integer(ctx, "minWeight", 1, 1, 10_000);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String type : types) {
            explorer.rows("web/graph-" + type + "s", filter).forEach(row -> nodes.add(Nodes.node(type, row)));
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("nodes", nodes);
        graph.put("links", links(types, filter, minWeight, ids(nodes)));
        graph.put("filters", Map.of("types", types, "sources", filter.get("sources"), "kinds", filter.get("kinds"),
                "minWeight", minWeight));
        ctx.json(graph);
    }

    private List<Map<String, Object>> links(List<String> types, Map<String, Object> filter, int minWeight, Set<String> ids) {
        List<String> files = new ArrayList<>(List.of("web/links-cooccurs", "web/links-involves"));
        if (types.contains("source")) {
            files.add("web/links-covers");
        }
        if (types.contains("item")) {
            files.add("web/links-items");
        }
        List<Map<String, Object>> links = new ArrayList<>();
        for (String file : files) {
            for (Map<String, Object> link : explorer.rows(file, filter)) {
                boolean heavy = "echoes".equals(link.get("type")) || ((Number) link.get("weight")).doubleValue() >= minWeight;
                if (heavy && ids.contains((String) link.get("source")) && ids.contains((String) link.get("target"))) {
                    links.add(link);
                }
            }
        }
        return links;
    }

    private static Set<String> ids(List<Map<String, Object>> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add((String) n.get("id")));
        return ids;
    }
}
