package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.GraphException;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/search?q=}: Danish full-text search over item texts, with the themes and actors the hits
 * are about (the network highlights them). Lucene syntax works; text that is not valid Lucene is searched
 * as plain words.
 */
final class SearchApi {

    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";
    /** Longest search text: at most about 250 words, well within Lucene's 1,024 clauses per query. */
    static final int MAX_LENGTH = 500;
    private static final Logger LOG = LoggerFactory.getLogger(SearchApi.class);

    private final Explorer explorer;
    private final Items items;

    SearchApi(Explorer explorer) {
        this.explorer = explorer;
        this.items = new Items(explorer);
    }

    void get(Context ctx) {
        String q = Params.required(ctx, "q");
        if (q.length() > MAX_LENGTH) {
            throw ApiException.badParameter("q", "The search text is " + q.length() + " characters long; search with at most "
                    + MAX_LENGTH + " characters (a few words)");
        }
        int limit = Params.integer(ctx, "limit", 50, 1, 1000);
        List<Match> matches = matches(q);
        List<String> ids = matches.stream().map(Match::id).toList();
        Map<String, Map<String, Object>> found = items.byId(ids.subList(0, Math.min(limit, ids.size())));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Match match : matches.subList(0, found.size())) {
            Map<String, Object> item = new LinkedHashMap<>(found.get(match.id()));
            item.put("score", match.score());
            listed.add(item);
        }
        List<Hit> nodes = explorer.rows("web/search-nodes", Map.of("ids", ids)).stream().map(Hit::of).toList();
        ctx.json(new Answer(q, ids.size(), listed, nodes));
    }

    /**
     * The answer: the query, how many items match, the first {@code limit} of them (as {@link Items} gives them,
     * with their score) and the themes and actors they hit.
     */
    record Answer(String query, int total, List<Map<String, Object>> items, List<Hit> nodes) {
    }

    /** A theme or actor the matching items are about or mention, and how many of them do. */
    record Hit(String id, String type, String key, String label, String labelEn, long hits) {

        static Hit of(Map<String, Object> row) {
            String type = (String) row.get("type");
            String key = (String) row.get("key");
            return new Hit(type + ":" + key, type, key, (String) row.get("label"), (String) row.get("labelEn"),
                    ((Number) row.get("hits")).longValue());
        }
    }

    /** An item the full-text index finds, with its Lucene score. */
    private record Match(String id, double score) {
    }

    private List<Match> matches(String q) {
        try {
            return search(q);
        } catch (GraphException e) {
            try {
                return search(escape(q));
            } catch (GraphException plain) {
                LOG.warn("search for {} failed: {}", q, plain.getMessage());
                throw ApiException.badParameter("q", "This text cannot be searched; try fewer or other words");
            }
        }
    }

    private List<Match> search(String q) {
        return explorer.rows("web/search", Map.of("q", q)).stream()
                .map(r -> new Match((String) r.get("id"), ((Number) r.get("score")).doubleValue())).toList();
    }

    /** Lucene's special characters escaped, so "covid-19 (forår)" is searched as words. */
    static String escape(String q) {
        StringBuilder out = new StringBuilder();
        for (char c : q.toCharArray()) {
            if (SPECIAL.indexOf(c) >= 0) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }
}
