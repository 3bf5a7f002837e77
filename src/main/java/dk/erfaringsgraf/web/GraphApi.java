package dk.erfaringsgraf.web;

import dk.erfaringsgraf.analysis.Backbone;
import dk.erfaringsgraf.analysis.CentralityScores;
import dk.erfaringsgraf.analysis.FilteredScores;
import dk.erfaringsgraf.analysis.WeightedLink;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/graph}: the network as D3 wants it ({nodes, links}), built from the items of the chosen
 * sources and kinds; node types theme and actor by default, source and item on demand. By default only the
 * backbone of the counted links is sent ({@link Backbone}: disparity filter at α = 0.05 plus a maximum spanning
 * forest); {@code links=all} sends every link.
 */
final class GraphApi {

    static final List<String> TYPES = List.of("theme", "actor", "source", "item");
    static final List<String> DEFAULT_TYPES = List.of("theme", "actor");
    /** whole: the scores 'analyze' stored; filtered: recomputed on the chosen items. */
    static final List<String> SCOPES = List.of("whole", "filtered");
    /** backbone: the significant links and a spanning forest (the default); all: every link. */
    static final List<String> LINKS = List.of("backbone", "all");
    /** Links that count items; item links (about, mentions, echoes) are single facts and are never thinned. */
    private static final List<String> COUNTED = List.of("cooccurs", "involves", "covers");

    /** The answer: nodes and links as the page draws them, the filters that made them, and how links were chosen. */
    record Network(List<Map<String, Object>> nodes, List<Map<String, Object>> links, Filters filters, LinkChoice linkChoice) {
    }

    record Filters(List<String> types, List<String> sources, List<String> kinds, int minWeight, String scope, String links) {
    }

    /**
     * @param rule  "backbone" or "all"
     * @param alpha the disparity filter's significance level
     * @param shown links sent
     * @param total links at this minimum weight before the backbone was taken
     */
    record LinkChoice(String rule, double alpha, int shown, int total) {
    }

    private final Explorer explorer;

    GraphApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        String rawTypes = ctx.queryParam("types");
        List<String> types = rawTypes == null || rawTypes.isBlank() ? DEFAULT_TYPES : Params.list(ctx, "types", TYPES);
        List<String> sources = Params.list(ctx, "sources", explorer.sourceIds());
        List<String> kinds = Params.list(ctx, "kinds", Explorer.KINDS);
        Map<String, Object> filter = Map.of("sources", sources, "kinds", kinds);
        int minWeight = Params.integer(ctx, "minWeight", 1, 1, 10_000);
        String scope = Params.oneOf(ctx, "scope", SCOPES);
        String rule = Params.oneOf(ctx, "links", LINKS);
        rule = rule == null ? "backbone" : rule;
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (String type : types) {
            explorer.rows("web/graph-" + type + "s", filter).forEach(row -> nodes.add(Nodes.node(type, row)));
        }
        List<Map<String, Object>> links = links(types, filter);
        if ("filtered".equals(scope)) {
            rescore(nodes, links.stream().filter(l -> "cooccurs".equals(l.get("type"))).toList());
        }
        List<Map<String, Object>> thinned = thinned(links, minWeight, ids(nodes));
        List<Map<String, Object>> shown = "all".equals(rule) ? thinned : backbone(thinned);
        Filters filters = new Filters(types, sources, kinds, minWeight, scope == null ? "whole" : scope, rule);
        ctx.json(new Network(nodes, shown, filters, new LinkChoice(rule, Backbone.DEFAULT_ALPHA, shown.size(), thinned.size())));
    }

    /** Every link among the chosen items (minWeight is applied afterwards, so it never changes the scores). */
    private List<Map<String, Object>> links(List<String> types, Map<String, Object> filter) {
        List<String> files = new ArrayList<>(List.of("web/links-cooccurs", "web/links-involves"));
        if (types.contains("source")) {
            files.add("web/links-covers");
        }
        if (types.contains("item")) {
            files.add("web/links-items");
        }
        List<Map<String, Object>> links = new ArrayList<>();
        files.forEach(file -> links.addAll(explorer.rows(file, filter)));
        return links;
    }

    /** Replaces the metrics and community of the theme and actor nodes with those of the filtered graph. */
    private static void rescore(List<Map<String, Object>> nodes, List<Map<String, Object>> cooccurs) {
        List<WeightedLink> weighted = cooccurs.stream().map(l -> new WeightedLink((String) l.get("source"),
                (String) l.get("target"), weight(l))).toList();
        for (String type : List.of("theme", "actor")) {
            List<Map<String, Object>> ofType = nodes.stream().filter(n -> type.equals(n.get("type"))).toList();
            Map<String, CentralityScores<String>> scores =
                    FilteredScores.of(ofType.stream().map(n -> (String) n.get("id")).toList(), weighted);
            for (Map<String, Object> node : ofType) {
                CentralityScores<String> s = scores.get((String) node.get("id"));
                node.put("metrics", s.metrics());
                node.put("community", s.community());
            }
        }
    }

    /** The backbone of the counted links, taken over all of them together; item links all stay. */
    private static List<Map<String, Object>> backbone(List<Map<String, Object>> links) {
        Set<Map<String, Object>> kept = new HashSet<>(Backbone.of(links.stream().filter(GraphApi::counted).toList(),
                l -> (String) l.get("source"), l -> (String) l.get("target"), GraphApi::weight, Backbone.DEFAULT_ALPHA));
        return links.stream().filter(l -> !counted(l) || kept.contains(l)).toList();
    }

    private static List<Map<String, Object>> thinned(List<Map<String, Object>> links, int minWeight, Set<String> ids) {
        return links.stream().filter(link -> !counted(link) || weight(link) >= minWeight)
                .filter(link -> ids.contains((String) link.get("source")) && ids.contains((String) link.get("target")))
                .toList();
    }

    private static boolean counted(Map<String, Object> link) {
        return COUNTED.contains((String) link.get("type"));
    }

    private static double weight(Map<String, Object> link) {
        return ((Number) link.get("weight")).doubleValue();
    }

    private static Set<String> ids(List<Map<String, Object>> nodes) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(n -> ids.add((String) n.get("id")));
        return ids;
    }
}
