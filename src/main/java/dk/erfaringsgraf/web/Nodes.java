package dk.erfaringsgraf.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a row of the graph-* queries into the node shape the page uses everywhere. */
final class Nodes {

    private static final int ITEM_LABEL = 60;

    private Nodes() {
    }

    static Map<String, Object> node(String type, Map<String, Object> row) {
        String key = (String) row.get("key");
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", type + ":" + key);
        node.put("key", key);
        node.put("type", type);
        node.put("label", label(type, (String) row.get("label")));
        node.put("labelEn", label(type, (String) row.get("labelEn")));
        node.put("description", row.get("description"));
        node.put("community", row.get("community"));
        node.put("sources", sorted(row.get("sources")));
        node.put("items", row.get("items"));
        if (row.containsKey("kind")) {
            node.put("kind", row.get("kind"));
            node.put("kindBy", row.get("kindBy"));
        }
        node.put("metrics", metrics(row));
        return node;
    }

    private static Object sorted(Object sources) {
        return sources instanceof List<?> list ? list.stream().map(String::valueOf).sorted().toList() : sources;
    }

    private static String label(String type, String text) {
        if (!"item".equals(type) || text == null || text.length() <= ITEM_LABEL) {
            return text;
        }
        return text.substring(0, ITEM_LABEL).strip() + "…";
    }

    private static Map<String, Object> metrics(Map<String, Object> row) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        for (String metric : Explorer.METRICS) {
            if (row.get(metric) != null) {
                metrics.put(metric, row.get(metric));
            }
        }
        return metrics;
    }
}
