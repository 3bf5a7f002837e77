package dk.erfaringsgraf.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.erfaringsgraf.curation.Correction;
import dk.erfaringsgraf.curation.Target;
import dk.erfaringsgraf.curation.What;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a correction request into a {@link Correction}: every field checked against the graph and the codebook
 * (400 naming the field: an unknown kind, theme, actor, item or person), and {@code before} read from the graph.
 */
final class CorrectionCheck {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Explorer explorer;

    CorrectionCheck(Explorer explorer) {
        this.explorer = explorer;
    }

    Correction checked(CorrectionPayloads.Request r) {
        String who = who(r.who());
        What what = what(r.what());
        Target target = r.target();
        if (target == null) {
            throw ApiException.badParameter("target", "target is missing");
        }
        JsonNode after = r.after();
        return switch (what) {
            case KIND -> {
                Map<String, Object> item = item(target.item(), false);
                String kind = text(after, "after");
                if (!Explorer.KINDS.contains(kind)) {
                    throw ApiException.badParameter("after", "Unknown kind '" + kind + "' (one of " + Explorer.KINDS + ")");
                }
                yield Correction.now(who, what, Target.item(target.item()), NODES.textNode((String) item.get("kind")),
                        NODES.textNode(kind));
            }
            case THEMES, ACTORS -> {
                Map<String, Object> item = item(target.item(), false);
                String type = what == What.THEMES ? "theme" : "actor";
                yield Correction.now(who, what, Target.item(target.item()), ids(item.get(what.id())), ids(after, type));
            }
            case SPEAKER -> {
                Map<String, Object> item = item(target.item(), true);
                String person = text(after, "after").strip();
                if (person.length() > 200) {
                    throw ApiException.badParameter("after", "A speaker's name has at most 200 characters");
                }
                yield Correction.now(who, what, Target.item(target.item()), ids(item.get("people")), NODES.textNode(person));
            }
            case ECHO -> echo(who, target, after);
            case MERGE_PEOPLE -> merge(who, target);
            case UNDO -> throw ApiException.badParameter("what", "Undo with POST /api/corrections/{id}/undo");
        };
    }

    static String who(String who) {
        if (who == null || who.isBlank()) {
            throw ApiException.badParameter("who", "who is missing: the name of the person correcting");
        }
        if (who.length() > 100) {
            throw ApiException.badParameter("who", "who has at most 100 characters");
        }
        return who.strip();
    }

    private static What what(String what) {
        try {
            return What.of(what);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("what", "what: " + e.getMessage());
        }
    }

    /** The item's current values (curation/item.cypher), or 400 naming target.item. */
    private Map<String, Object> item(String id, boolean quote) {
        if (id == null || id.isBlank()) {
            throw ApiException.badParameter("target.item", "target.item is missing (an item id such as kl-2020:172)");
        }
        List<Map<String, Object>> rows = explorer.rows("curation/item", Map.of("item", id));
        if (rows.isEmpty()) {
            throw ApiException.badParameter("target.item", "No item with id '" + id + "'");
        }
        if (quote && !Boolean.TRUE.equals(rows.get(0).get("quote"))) {
            throw ApiException.badParameter("target.item", "Item '" + id + "' is not a quote: only quotes have a speaker");
        }
        return rows.get(0);
    }

    private Correction echo(String who, Target target, JsonNode after) {
        List<String> items = target.items();
        if (items == null || items.size() != 2 || items.get(0).equals(items.get(1))) {
            throw ApiException.badParameter("target.items", "target.items must be two different item ids");
        }
        items.forEach(id -> item(id, false));
        String decision = after == null ? null : after.path("decision").asText(null);
        if (!Correction.DECISIONS.contains(decision)) {
            throw ApiException.badParameter("after.decision", "after.decision must be one of " + Correction.DECISIONS);
        }
        String relation = after.path("relation").asText(null);
        if (relation != null && !Correction.RELATIONS.contains(relation)) {
            throw ApiException.badParameter("after.relation", "after.relation must be one of " + Correction.RELATIONS);
        }
        ObjectNode value = NODES.objectNode().put("decision", decision);
        if (relation != null) {
            value.put("relation", relation);
        }
        List<Map<String, Object>> found = explorer.rows("curation/echo", Map.of("a", items.get(0), "b", items.get(1)));
        JsonNode before = found.isEmpty() ? null : CorrectionApi.JSON.valueToTree(found.get(0));
        return Correction.now(who, What.ECHO, Target.echo(items.get(0), items.get(1)), before, value);
    }

    private Correction merge(String who, Target target) {
        List<String> people = target.people();
        if (people == null || people.size() != 2 || people.get(0).equals(people.get(1))) {
            throw ApiException.badParameter("target.people", "target.people must be two different names: merged away, kept");
        }
        for (String name : people) {
            if (explorer.rows("curation/person", Map.of("name", name)).isEmpty()) {
                throw ApiException.badParameter("target.people", "No person named '" + name + "'");
            }
        }
        return Correction.now(who, What.MERGE_PEOPLE, Target.people(people.get(0), people.get(1)),
                NODES.textNode(people.get(0)), NODES.textNode(people.get(1)));
    }

    private static String text(JsonNode value, String field) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw ApiException.badParameter(field, field + " must be a text");
        }
        return value.asText();
    }

    /** The ids of {@code after}, each one the codebook has, or 400 naming the unknown one. */
    private ArrayNode ids(JsonNode after, String type) {
        if (after == null || !after.isArray()) {
            throw ApiException.badParameter("after", "after must be a list of " + type + " ids");
        }
        List<String> seen = new ArrayList<>();
        for (JsonNode id : after) {
            if (!id.isTextual() || !explorer.hasKey(type, id.asText())) {
                throw ApiException.badParameter("after", "Unknown " + type + " '" + id.asText() + "'");
            }
            if (!seen.contains(id.asText())) {
                seen.add(id.asText());
            }
        }
        return ids(seen.stream().sorted().toList());
    }

    private static ArrayNode ids(Object list) {
        ArrayNode array = NODES.arrayNode();
        ((List<?>) list).forEach(x -> array.add(String.valueOf(x)));
        return array;
    }
}
