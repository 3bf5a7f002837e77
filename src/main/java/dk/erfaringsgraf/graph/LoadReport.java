package dk.erfaringsgraf.graph;

import java.util.List;
import java.util.Map;

/**
 * What a load did: sources (re)loaded, skipped as unchanged, removed (with --prune) or left in the graph
 * although no longer in the corpus; and node counts per label and relationship counts per type afterwards.
 */
public record LoadReport(List<String> loaded, List<String> unchanged, List<String> removed, List<String> stale,
                         Map<String, Long> nodes, Map<String, Long> relationships) {

    public LoadReport {
        loaded = List.copyOf(loaded);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        stale = List.copyOf(stale);
        nodes = Map.copyOf(nodes);
        relationships = Map.copyOf(relationships);
    }
}
