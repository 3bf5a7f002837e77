package dk.erfaringsgraf.web;

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

    /** The drawing's input: nodes by element id, and the links whose both ends are among them. */
    record Graph(List<Node> nodes, List<Link> links) {
    }

    /** A node: its element id, labels and a short display label (name, title, id or text). */
    record Node(String id, List<String> labels, String label) {
    }

    /** A relationship between two element ids. */
    record Link(String source, String target, String type) {
    }

    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    private ResultGraph() {
    }

    static Optional<Graph> of(List<List<Object>> rows) {
        ResultGraph graph = new ResultGraph();
        rows.forEach(graph::visit);
        if (graph.nodes.isEmpty()) {
            return Optional.empty();
        }
        List<Link> linked = graph.links.values().stream()
                .filter(l -> graph.nodes.containsKey(l.source()) && graph.nodes.containsKey(l.target())).toList();
        return Optional.of(new Graph(List.copyOf(graph.nodes.values()), linked));
    }

    private void visit(Object value) {
        if (value instanceof List<?> list) {
            list.forEach(this::visit);
        } else if (value instanceof Map<?, ?> map) {
            if (map.get("_labels") instanceof List<?> labels && map.get("_id") != null) {
                nodes.putIfAbsent((String) map.get("_id"), node(map, labels));
            } else if (map.get("_type") != null && map.get("_start") != null) {
                links.putIfAbsent((String) map.get("_id"), new Link(String.valueOf(map.get("_start")),
                        String.valueOf(map.get("_end")), String.valueOf(map.get("_type"))));
            } else {
                map.values().forEach(this::visit);
            }
        }
    }

    private static Node node(Map<?, ?> map, List<?> labels) {
        return new Node((String) map.get("_id"), labels.stream().map(String::valueOf).toList(), label(map, labels));
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
