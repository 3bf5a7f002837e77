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
        List<Map<String, Object>> hits = hits(q);
        List<String> ids = hits.stream().map(h -> (String) h.get("id")).toList();
        Map<String, Map<String, Object>> found = items.byId(ids.subList(0, Math.min(limit, ids.size())));
        List<Map<String, Object>> listed = new ArrayList<>();
        for (Map<String, Object> hit : hits.subList(0, found.size())) {
            Map<String, Object> item = new LinkedHashMap<>(found.get((String) hit.get("id")));
            item.put("score", hit.get("score"));
            listed.add(item);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("query", q);
        answer.put("total", ids.size());
        answer.put("items", listed);
        answer.put("nodes", explorer.rows("web/search-nodes", Map.of("ids", ids)).stream().map(SearchApi::node).toList());
        ctx.json(answer);
    }

    private List<Map<String, Object>> hits(String q) {
        try {
            return explorer.rows("web/search", Map.of("q", q));
        } catch (GraphException e) {
            try {
                return explorer.rows("web/search", Map.of("q", escape(q)));
            } catch (GraphException plain) {
                LOG.warn("search for {} failed: {}", q, plain.getMessage());
                throw ApiException.badParameter("q", "This text cannot be searched; try fewer or other words");
            }
        }
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

    private static Map<String, Object> node(Map<String, Object> row) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("id", row.get("type") + ":" + row.get("key"));
        node.putAll(row);
        return node;
    }
}
