package dk.erfaringsgraf.analysis;

import java.util.List;

/**
 * A theme or actor with the sources that raise it and its item counts by kind: the cross-source overlap
 * per theme and per actor.
 */
public record NodeStats(String type, String id, String name, List<String> sources, long items, long opportunities,
                        long challenges, long recommendations, long questions, long observations,
                        long quotes) {

    public NodeStats {
        sources = List.copyOf(sources);
    }

    static NodeStats of(List<Object> row) {
        @SuppressWarnings("unchecked")
        List<String> sources = ((List<Object>) row.get(3)).stream().map(String::valueOf).sorted().toList();
        return new NodeStats((String) row.get(0), (String) row.get(1), (String) row.get(2), sources,
                (Long) row.get(4), (Long) row.get(5), (Long) row.get(6), (Long) row.get(7), (Long) row.get(8),
                (Long) row.get(9), (Long) row.get(10));
    }
}
