package dk.erfaringsgraf.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The nodes and relationships found anywhere in console rows (also inside lists and paths), as a small
 * D3 graph: nodes by element id with a display label, links between nodes that are both in the answer.
 */
final class ResultGraph {

    private static final int LABEL = 40;

    private final Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> links = new LinkedHashMap<>();

    private ResultGraph() {
    }

    static Optional<Map<String, Object>> of(List<List<Object>> rows) {
        ResultGraph graph = new ResultGraph();
        rows.forEach(graph::visit);
        if (graph.nodes.isEmpty()) {
            return Optional.empty();
        }
        List<Map<String, Object>> linked = graph.links.values().stream()
                .filter(l -> graph.nodes.containsKey((String) l.get("source")) && graph.nodes.containsKey((String) l.get("target")))
                .toList();
        return Optional.of(Map.of("nodes", List.copyOf(graph.nodes.values()), "links", linked));
    }

    private void visit(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(this::visit);
        } else if (value instanceof Map<?, ?> map) {
            if (map.get("_labels") instanceof List<?> labels && map.get("_id") != null) {
                nodes.putIfAbsent((String) map.get("_id"), node(map, labels));
            } else if (map.get("_type") != null && map.get("_start") != null) {
                links.putIfAbsent((String) map.get("_id"), Map.of("source", map.get("_start"), "target", map.get("_end"),
                        "type", map.get("_type")));
            } else {
                map.values().forEach(this::visit);
            }
        }
    }

    private static Map<String, Object> node(Map<?, ?> map, List<?> labels) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", map.get("_id"));
        node.put("labels", new ArrayList<>(labels));
        node.put("label", label(map, labels));
        return node;
    }

    private static String label(Map<?, ?> map, List<?> labels) {
        for (String key : List.of("name", "title", "id", "text")) {
            if (map.get(key) instanceof String s && !s.isBlank()) {
                return s.length() > LABEL ? s.substring(0, LABEL).strip() + "…" : s;
            }
        }
        return labels.isEmpty() ? "?" : String.valueOf(labels.get(0));
    }
}
