package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/items} (filtered list) and {@code GET /api/items/{id}} (one item with echoes and addresses). */
final class ItemApi {

    private final Explorer explorer;
    private final Items items;

    ItemApi(Explorer explorer) {
        this.explorer = explorer;
        this.items = new Items(explorer);
    }

    void list(Context ctx) {
        String theme = key(ctx, "theme");
        String actor = key(ctx, "actor");
        String source = key(ctx, "source");
        String kind = Params.oneOf(ctx, "kind", Explorer.KINDS);
        int limit = Params.integer(ctx, "limit", 500, 1, 5000);
        List<String> ids = items.ids(theme, actor, source, kind);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("items", List.copyOf(items.byId(ids.subList(0, Math.min(limit, ids.size()))).values()));
        answer.put("total", ids.size());
        ctx.json(answer);
    }

    private String key(Context ctx, String type) {
        String value = ctx.queryParam(type);
        return value == null || value.isBlank() ? null : explorer.requireKey(type, value.strip(), type);
    }

    void one(Context ctx) {
        Map<String, Object> item = new LinkedHashMap<>(items.one(ctx.pathParam("id")));
        item.put("echoes", items.echoes(List.of((String) item.get("id"))));
        item.put("addresses", addresses(item));
        ctx.json(item);
    }

    /** A recommendation's challenges, or the recommendations addressing a challenge. */
    private List<Map<String, Object>> addresses(Map<String, Object> item) {
        String id = (String) item.get("id");
        if ("recommendation".equals(item.get("kind"))) {
            return items.addressedBy(List.of(id)).get(id);
        }
        List<Map<String, Object>> links = explorer.rows("web/addresses-of", Map.of("ids", List.of(id)));
        Map<String, Map<String, Object>> recs = items.byId(links.stream().map(l -> (String) l.get("recommendation")).toList());
        return links.stream().map(l -> {
            Map<String, Object> r = new LinkedHashMap<>(recs.get((String) l.get("recommendation")));
            r.put("score", l.get("score"));
            return r;
        }).toList();
    }
}
