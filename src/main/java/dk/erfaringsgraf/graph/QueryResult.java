package dk.erfaringsgraf.graph;

import java.util.List;

/**
 * The rows of a read query as plain Java values: columns in order, and per row one value per column.
 * Values are null, Boolean, Long, Double, String, List (of values) or Map (String → value); nodes become
 * maps with "_id" (element id), "_labels" (List of String) and their properties, relationships maps with
 * "_id", "_type", "_start" and "_end" (element ids of their nodes) and their properties, paths lists of alternating node and relationship maps.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows) {

    public QueryResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(r))).toList();
    }
}
