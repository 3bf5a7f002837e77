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
    static final List<String> DEFAULT_TYPES = List.of("theme", "actor");
    /** whole: the scores 'analyze' stored; filtered: recomputed on the chosen items. */
    static final List<String> SCOPES = List.of("whole", "filtered");
    /** Links that count items; item links (about, mentions, echoes) are single facts and are never thinned. */
    private static final List<String> COUNTED = List.of("cooccurs", "involves", "covers");

    private final Explorer explorer;

    GraphApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        String rawTypes = ctx.queryParam("types");
        List<String> types = rawTypes == null || rawTypes.isBlank() ? DEFAULT_TYPES : Params.list(ctx, "types", TYPES);
        Map<String, Object> filter = Map.of("sources", Params.list(ctx, "sources", explorer.sourceIds()),
                "kinds", Params.list(ctx, "kinds", Explorer.KINDS));
        int minWeight = Params.integer(ctx, "minWeight", 1, 1, 10_000);
        String scope = Params.oneOf(ctx, "scope", SCOPES);
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String type : types) {
            explorer.rows("web/graph-" + type + "s", filter).forEach(row -> nodes.add(Nodes.node(type, row)));
        }
        List<Map<String, Object>> links = links(types, filter);
        if ("filtered".equals(scope)) {
            FilteredScores.apply(nodes, links.stream().filter(l -> "cooccurs".equals(l.get("type"))).toList());
        }
        Map<String, Object> graph = new LinkedHashMap<>();
        graph.put("nodes", nodes);
        graph.put("links", thinned(links, minWeight, ids(nodes)));
        graph.put("filters", Map.of("types", types, "sources", filter.get("sources"), "kinds", filter.get("kinds"),
                "minWeight", minWeight, "scope", scope == null ? "whole" : scope));
        ctx.json(graph);
    }

    /** Every link among the chosen items (minWeight is applied afterwards, so it never changes the scores). */
    private List<Map<String, Object>> links(List<String> types, Map<String, Object> filter) {
        List<String> files = new ArrayList<>(List.of("web/links-cooccurs", "web/links-involves"));
        if (types.contains("source")) {
            files.add("web/links-covers");
        }
        if (types.contains("item")) {
            files.add("web/links-items");
        }
        List<Map<String, Object>> links = new ArrayList<>();
        files.forEach(file -> links.addAll(explorer.rows(file, filter)));
        return links;
    }

    private static List<Map<String, Object>> thinned(List<Map<String, Object>> links, int minWeight, Set<String> ids) {
        return links.stream().filter(link -> !COUNTED.contains((String) link.get("type"))
                        || ((Number) link.get("weight")).doubleValue() >= minWeight)
                .filter(link -> ids.contains((String) link.get("source")) && ids.contains((String) link.get("target")))
                .toList();
    }

    private static Set<String> ids(List<Map<String, Object>> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add((String) n.get("id")));
        return ids;
    }
}
