package dk.erfaringsgraf.web;

import dk.erfaringsgraf.report.TableCatalog;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/meta}: what the page needs to draw its filters, legend and header. */
final class MetaApi {

    private final Explorer explorer;

    MetaApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("sources", explorer.sources());
        meta.put("kinds", Explorer.KINDS);
        meta.put("counts", explorer.rows("web/counts", Map.of()).get(0));
        meta.put("metrics", Explorer.METRICS);
        meta.put("tables", tables());
        meta.put("console", Map.of("timeoutMillis", explorer.console().timeout().toMillis(), "rowCap", explorer.console().rowCap(),
                "byteCap", explorer.console().byteCap(), "concurrent", explorer.console().concurrent()));
        meta.put("bolt", explorer.store().boltUri());
        meta.put("store", explorer.store().describe());
        ctx.json(meta);
    }

    static List<Map<String, String>> tables() {
        return TableCatalog.names().stream().map(n -> Map.of("name", n, "title", TableCatalog.title(n))).toList();
    }
}
