package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The analysis stage: reads the theme and actor projections, computes their centrality and communities
 * (themes on the theme co-occurrence graph, actors on the actor co-occurrence graph), and writes the
 * results back onto the {@code :Theme} and {@code :Actor} nodes ({@code betweenness}, {@code pagerank},
 * {@code harmonic}, {@code weightedDegree}, {@code degree}, {@code community}, {@code sources},
 * {@code sourceCount}) so that Cypher, the tables and the web view all use the same numbers.
 */
public final class Analysis {

    private final GraphStore store;

    public Analysis(GraphStore store) {
        this.store = store;
    }

    /** Scores of themes and actors with their cross-source overlap. */
    public record Result(List<NodeStats> nodes, Map<String, CentralityScores<String>> themes,
                         Map<String, CentralityScores<String>> actors, List<Echo> echoes) {
        public Result {
            nodes = List.copyOf(nodes);
            themes = Map.copyOf(themes);
            actors = Map.copyOf(actors);
            echoes = List.copyOf(echoes);
        }
    }

    /**
     * Computes and writes back centrality and overlap.
     *
     * @throws InputException if the graph holds no items (nothing was loaded)
     */
    public Result run() {
        List<?> loaded = (List<?>) loadState().get(0);
        Projections projections = new Projections(store);
        List<NodeStats> nodes = projections.nodes();
        if (nodes.stream().allMatch(n -> n.items() == 0)) {
            throw new InputException("The graph is empty: run 'load' first");
        }
        Map<String, CentralityScores<String>> themes = Centrality.compute(projections.themeCooccurrence(nodes));
        Map<String, CentralityScores<String>> actors = Centrality.compute(projections.actorCooccurrence(nodes));
        List<Echo> echoes = echoes();
        // one transaction, the record of the analysed load last: all of it becomes visible, or none
        store.writeFile("analysis/write-results", Map.of(
                "themes", params(nodes, "theme", themes),
                "actors", params(nodes, "actor", actors),
                "echoes", echoes.stream().map(Analysis::echoParams).toList(),
                "loaded", loaded));
        return new Result(nodes, themes, actors, echoes);
    }

    /**
     * Whether the graph holds a complete analysis of the sources as they are loaded now: false after a load
     * changed them, and after an analysis was interrupted (its record still names the load before).
     */
    public boolean current() {
        List<Object> state = loadState();
        return state.get(0).equals(state.get(1));
    }

    /** The sources as loaded now and as the last complete analysis saw them (null if none). */
    private List<Object> loadState() {
        return store.readFile("web/unanalysed", Map.of()).rows().get(0);
    }

    /** Echoes among the items as the graph holds them (with the graph's ids), at the default parameters. */
    private List<Echo> echoes() {
        List<Item> items = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (List<Object> r : store.readFile("analysis/items", Map.of()).rows()) {
            ids.add((String) r.get(0));
            @SuppressWarnings("unchecked")
            List<String> themes = (List<String>) (List<?>) r.get(6);
            // echoes read only the text and kind; why the item has its kind does not matter to them
            items.add(new Item((String) r.get(1), (String) r.get(2), (String) r.get(3), kind((String) r.get(4)),
                    dk.erfaringsgraf.extract.KindBy.DEFAULT, (String) r.get(5), null, themes, List.of(), List.of(), ((Long) r.get(7)).intValue(),
                    ((Long) r.get(8)).intValue(), ((Long) r.get(9)).intValue(), List.of()));
        }
        return new EchoFinder().find(items, ids);
    }

    private static Map<String, Object> echoParams(Echo e) {
        return Map.of("from", e.from(), "to", e.to(), "similarity", e.similarity(), "cosine", e.cosine(),
                "themeFactor", e.themeFactor(), "terms", e.terms(), "relation", e.relation().id(), "basis", e.basis());
    }

    private static ItemKind kind(String id) {
        return ItemKind.valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<Map<String, Object>> params(List<NodeStats> nodes, String type,
                                                    Map<String, CentralityScores<String>> scores) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (NodeStats n : nodes) {
            if (!n.type().equals(type)) {
                continue;
            }
            CentralityScores<String> s = scores.get(n.id());
            Map<String, Object> m = new HashMap<>();
            m.put("id", n.id());
            m.putAll(s.metrics());
            m.put("community", s.community());
            m.put("sources", n.sources());
            m.put("sourceCount", n.sources().size());
            out.add(m);
        }
        return out;
    }
}
