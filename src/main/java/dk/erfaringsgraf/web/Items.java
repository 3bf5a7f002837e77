package dk.erfaringsgraf.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads items in the shape every list of the page uses, and what hangs off them (echoes, addresses). */
final class Items {

    private final Explorer explorer;

    Items(Explorer explorer) {
        this.explorer = explorer;
    }

    /** The ids of items matching the filter (null = any), in source and line order. */
    List<String> ids(String theme, String actor, String source, String kind) {
        Map<String, Object> params = new HashMap<>();
        params.put("theme", theme);
        params.put("actor", actor);
        params.put("source", source);
        params.put("kind", kind);
        return explorer.rows("web/item-ids", params).stream().map(r -> (String) r.get("id")).toList();
    }

    /** The items with these ids, by id, in source and line order. */
    Map<String, Map<String, Object>> byId(Collection<String> ids) {
        Map<String, Map<String, Object>> items = new LinkedHashMap<>();
        explorer.rows("web/items", Map.of("ids", List.copyOf(ids))).forEach(r -> items.put((String) r.get("id"), r));
        return items;
    }

    /** One item, or 404 naming the id. */
    Map<String, Object> one(String id) {
        Map<String, Object> item = byId(List.of(id)).get(id);
        if (item == null) {
            throw ApiException.notFound("id", "No item with id '" + id + "' (ids look like soroe-2020:332)");
        }
        return item;
    }

    /** Echo pairs touching {@code ids}: {a, b, similarity, terms} with a and b as whole items. */
    List<Map<String, Object>> echoes(Collection<String> ids) {
        List<Map<String, Object>> rows = explorer.rows("web/echoes-of", Map.of("ids", List.copyOf(ids)));
        Set<String> ends = new LinkedHashSet<>();
        rows.forEach(r -> {
            ends.add((String) r.get("a"));
            ends.add((String) r.get("b"));
        });
        Map<String, Map<String, Object>> items = byId(ends);
        List<Map<String, Object>> echoes = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            Map<String, Object> echo = new LinkedHashMap<>(r);
            echo.put("a", items.get((String) r.get("a")));
            echo.put("b", items.get((String) r.get("b")));
            echoes.add(echo);
        }
        return echoes;
    }

    /** The recommendations among {@code items}, each with the challenges it addresses ({@link #addressedBy}). */
    List<Map<String, Object>> recommendations(Collection<Map<String, Object>> items) {
        List<String> ids = items.stream().filter(i -> "recommendation".equals(i.get("kind"))).map(i -> (String) i.get("id")).toList();
        Map<String, List<Map<String, Object>>> addressed = addressedBy(ids);
        List<Map<String, Object>> result = new ArrayList<>();
        for (Map<String, Object> item : items) {
            if (addressed.containsKey((String) item.get("id"))) {
                Map<String, Object> rec = new LinkedHashMap<>(item);
                rec.put("addresses", addressed.get((String) item.get("id")));
                result.add(rec);
            }
        }
        return result;
    }

    /**
     * Per recommendation id (every one asked for, also those addressing nothing), the challenges it addresses
     * (id, kind, kindBy, source, section, line, lineTo, page, text, score), best match first.
     */
    Map<String, List<Map<String, Object>>> addressedBy(List<String> recommendationIds) {
        List<Map<String, Object>> links = explorer.rows("web/addresses-of", Map.of("ids", recommendationIds));
        Map<String, Map<String, Object>> challenges = byId(links.stream().map(l -> (String) l.get("challenge")).toList());
        Map<String, List<Map<String, Object>>> addressed = new LinkedHashMap<>();
        recommendationIds.forEach(id -> addressed.put(id, new ArrayList<>()));
        for (Map<String, Object> link : links) {
            List<Map<String, Object>> list = addressed.get((String) link.get("recommendation"));
            if (list != null) {
                list.add(addressed(challenges.get((String) link.get("challenge")), link.get("score")));
            }
        }
        return addressed;
    }

    private static Map<String, Object> addressed(Map<String, Object> challenge, Object score) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", challenge.get("id"));
        a.put("kind", challenge.get("kind"));
        a.put("kindBy", challenge.get("kindBy"));
        a.put("source", challenge.get("source"));
        a.put("section", challenge.get("section"));
        a.put("line", challenge.get("line"));
        a.put("lineTo", challenge.get("lineTo"));
        a.put("page", challenge.get("page"));
        a.put("text", challenge.get("text"));
        a.put("score", score);
        return a;
    }
}
