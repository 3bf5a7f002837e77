package dk.erfaringsgraf.web;

import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.report.TableCatalog;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/** {@code GET /api/meta}: what the page needs to draw its filters, legend and header. */
final class MetaApi {

    private final Explorer explorer;

    MetaApi(Explorer explorer) {
        this.explorer = explorer;
    }

    /** The whole answer; its parts below. */
    record Meta(List<Explorer.Source> sources, List<String> kinds, Counts counts, List<String> metrics,
            List<TableRef> tables, ConsoleInfo console, String bolt, String store) {
    }

    /** How big the graph is (cypher/web/counts.cypher). */
    record Counts(long items, long themes, long actors, long sources, long echoes) {

        static Counts of(Map<String, Object> row) {
            return new Counts(count(row, "items"), count(row, "themes"), count(row, "actors"), count(row, "sources"),
                    count(row, "echoes"));
        }

        private static long count(Map<String, Object> row, String key) {
            return ((Number) row.get(key)).longValue();
        }
    }

    /** A comparison table the API serves. */
    record TableRef(String name, String title) {
    }

    /** The console's limits, so the page can state them. */
    record ConsoleInfo(long timeoutMillis, int rowCap, long byteCap, int concurrent) {
    }

    void get(Context ctx) {
        ConsoleLimits limits = explorer.console();
        ctx.json(new Meta(explorer.sources(), Explorer.KINDS, Counts.of(explorer.rows("web/counts", Map.of()).get(0)),
                Explorer.METRICS, tables(), new ConsoleInfo(limits.timeout().toMillis(), limits.rowCap(),
                        limits.byteCap(), limits.concurrent()), explorer.store().boltUri(), explorer.store().describe()));
    }

    static List<TableRef> tables() {
        return TableCatalog.names().stream().map(n -> new TableRef(n, TableCatalog.title(n))).toList();
    }
}
