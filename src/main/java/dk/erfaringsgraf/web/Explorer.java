package dk.erfaringsgraf.web;

import dk.erfaringsgraf.analysis.CentralityScores;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.Corpus;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the API reads from: the graph store, the corpus the graph was loaded from (for provenance) and the
 * source ids known at start (the allowed values of the {@code sources} filters).
 */
final class Explorer {

    /** The item kinds in the extractor's order (opportunity … quote), the allowed values of the kind filters. */
    static final List<String> KINDS = Arrays.stream(ItemKind.values()).map(ItemKind::id).toList();
    static final List<String> METRICS = CentralityScores.METRICS;

    private final GraphStore store;
    private final Corpus corpus;
    private final ConsoleLimits console;
    private final List<Source> sources;
    private final List<String> sourceIds;
    private final Map<String, Set<String>> keys = new HashMap<>();

    Explorer(GraphStore store, Corpus corpus, ConsoleLimits console) {
        this.store = store;
        this.corpus = corpus;
        this.console = console;
        this.sources = rows("web/sources", Map.of()).stream().map(Source::of).toList();
        this.sourceIds = sources.stream().map(Source::id).toList();
        rows("web/keys", Map.of()).forEach(r ->
                keys.computeIfAbsent((String) r.get("type"), t -> new TreeSet<>()).add((String) r.get("key")));
    }

    /**
     * @return {@code key}, when the graph has a theme/actor/source with that id
     * @throws ApiException 404 naming the parameter
     */
    String requireKey(String type, String key, String parameter) {
        if (!keys.getOrDefault(type, Set.of()).contains(key)) {
            throw ApiException.notFound(parameter, "No " + type + " with id '" + key + "'");
        }
        return key;
    }

    /** Whether the graph has a theme/actor/source with id {@code key}. */
    boolean hasKey(String type, String key) {
        return keys.getOrDefault(type, Set.of()).contains(key);
    }

    GraphStore store() {
        return store;
    }

    Corpus corpus() {
        return corpus;
    }

    ConsoleLimits console() {
        return console;
    }

    List<String> sourceIds() {
        return sourceIds;
    }

    /** A loaded source as the page lists it: id, title, publisher, year, kind and how many items it holds. */
    record Source(String id, String title, String publisher, Long year, String kind, long items) {

        static Source of(Map<String, Object> row) {
            return new Source((String) row.get("id"), (String) row.get("title"), (String) row.get("publisher"),
                    row.get("year") instanceof Number n ? n.longValue() : null, (String) row.get("kind"),
                    ((Number) row.get("items")).longValue());
        }
    }

    /** The sources, as read at start (like the ids). */
    List<Source> sources() {
        return sources;
    }

    /** The rows of {@code cypher/<name>.cypher} as maps, column name → plain value, in column order. */
    List<Map<String, Object>> rows(String name, Map<String, Object> params) {
        return maps(store.readFile(name, params));
    }

    static List<Map<String, Object>> maps(QueryResult result) {
        return result.rows().stream().map(row -> {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int c = 0; c < result.columns().size(); c++) {
                map.put(result.columns().get(c), row.get(c));
            }
            return map;
        }).toList();
    }
}
