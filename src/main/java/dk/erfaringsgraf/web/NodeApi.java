package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code GET /api/node/{type}/{key}}: everything about one theme, actor or source: its findings by kind and
 * source, quotes with speakers, recommendations with the challenges they address, echoes, neighbours. An
 * actor's items are those that mention it by their own words or by their section title; its counts say how
 * many of each ({@code byMention}), and every item says which ({@code actors} / {@code actorsBySection}).
 */
final class NodeApi {

    private static final List<String> TYPES = List.of("theme", "actor", "source");

    private final Explorer explorer;
    private final Items items;

    NodeApi(Explorer explorer) {
        this.explorer = explorer;
        this.items = new Items(explorer);
    }

    void get(Context ctx) {
        String type = ctx.pathParam("type");
        if (!TYPES.contains(type)) {
            throw ApiException.badParameter("type", "type must be one of " + String.join(", ", TYPES) + ", not '" + type + "'");
        }
        String key = explorer.requireKey(type, ctx.pathParam("key"), "key");
        List<String> ids = switch (type) {
            case "theme" -> items.ids(key, null, null, null);
            case "actor" -> items.ids(null, key, null, null);
            default -> items.ids(null, null, key, null);
        };
        Map<String, Map<String, Object>> found = items.byId(ids);
        Map<String, Map<String, Object>> network = network();
        String id = type + ":" + key;
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("node", network.getOrDefault(id,
                Nodes.node(type, Map.of("key", key, "label", key, "labelEn", key, "items", 0L))));
        detail.put("counts", counts(found.values(), "actor".equals(type) ? key : null));
        detail.put("findings", found.values().stream().filter(i -> !"quote".equals(i.get("kind"))).toList());
        detail.put("quotes", found.values().stream().filter(i -> "quote".equals(i.get("kind"))).toList());
        detail.put("recommendations", items.recommendations(found.values()));
        detail.put("echoes", items.echoes(ids));
        detail.put("neighbours", neighbours(id, network));
        ctx.json(detail);
    }

    /** Every theme, actor and source node of the whole network, by node id (read once per request). */
    private Map<String, Map<String, Object>> network() {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        for (String type : TYPES) {
            explorer.rows("web/graph-" + type + "s", allItems()).forEach(r -> {
                Map<String, Object> n = Nodes.node(type, r);
                nodes.put((String) n.get("id"), n);
            });
        }
        return nodes;
    }

    private Map<String, Object> allItems() {
        return Map.of("sources", explorer.sourceIds(), "kinds", Explorer.KINDS);
    }

    /** Items per kind and source; for an actor ({@code actor} not null) also per kind of mention. */
    private static Map<String, Object> counts(Iterable<Map<String, Object>> found, String actor) {
        Map<String, Long> byKind = new LinkedHashMap<>();
        Explorer.KINDS.forEach(k -> byKind.put(k, 0L));
        Map<String, Long> bySource = new TreeMap<>();
        Map<String, Long> byMention = new LinkedHashMap<>(Map.of("text", 0L));
        byMention.put("section", 0L);
        for (Map<String, Object> item : found) {
            byKind.merge((String) item.get("kind"), 1L, Long::sum);
            bySource.merge((String) item.get("source"), 1L, Long::sum);
            byMention.merge(bySection(item, actor) ? "section" : "text", 1L, Long::sum);
        }
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("byKind", byKind);
        counts.put("bySource", bySource);
        if (actor != null) {
            counts.put("byMention", byMention);
        }
        return counts;
    }

    private static boolean bySection(Map<String, Object> item, String actor) {
        return item.get("actorsBySection") instanceof List<?> list && list.contains(actor);
    }

    /** The nodes linked to {@code id} in the whole network, heaviest first. */
    private List<Map<String, Object>> neighbours(String id, Map<String, Map<String, Object>> labels) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (String file : List.of("web/links-cooccurs", "web/links-involves", "web/links-covers")) {
            for (Map<String, Object> link : explorer.rows(file, allItems())) {
                String other = id.equals(link.get("source")) ? (String) link.get("target")
                        : id.equals(link.get("target")) ? (String) link.get("source") : null;
                if (other != null && labels.containsKey(other)) {
                    Map<String, Object> n = labels.get(other);
                    result.add(Map.of("id", other, "type", n.get("type"), "label", n.get("label"),
                            "labelEn", n.get("labelEn"), "weight", link.get("weight")));
                }
            }
        }
        result.sort((a, b) -> Long.compare(((Number) b.get("weight")).longValue(), ((Number) a.get("weight")).longValue()));
        return result;
    }
}
