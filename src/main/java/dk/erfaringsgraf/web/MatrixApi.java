package dk.erfaringsgraf.web;

import dk.erfaringsgraf.report.Crosstab;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/matrix?kind=&measure=}: theme × source for the heatmap, every cell present (0 too). Each cell
 * has its item count, the count expected if the theme were spread like in all sources together, and the value of
 * the chosen measure: {@code count} (default), {@code share} (of the source's items with a theme) or
 * {@code residual} (adjusted standardised residual); see {@link Crosstab}.
 */
final class MatrixApi {

    static final List<String> MEASURES = List.of("count", "share", "residual");

    record Theme(String key, String label, String labelEn) {
    }

    /** One theme × source cell; {@code value} is null where the measure is undefined (e.g. no items at all). */
    record Cell(String theme, String source, long items, Double expected, Double value) {
    }

    /** {@code themedItems}: each source's items (of the kind) with at least one theme, the shares' denominators. */
    record Matrix(String kind, String measure, List<String> sources, Map<String, Long> themedItems,
            List<Theme> themes, List<Cell> cells) {
    }

    private final Explorer explorer;

    MatrixApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        String kind = Params.oneOf(ctx, "kind", Explorer.KINDS);
        String measure = Params.oneOf(ctx, "measure", MEASURES);
        ctx.json(matrix(kind, measure == null ? "count" : measure));
    }

    private Matrix matrix(String kind, String measure) {
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        Map<String, Theme> themes = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        Map<String, Long> themed = new LinkedHashMap<>();
        explorer.sourceIds().forEach(s -> themed.put(s, 0L));
        for (Map<String, Object> row : explorer.rows("web/matrix", params)) {
            String theme = (String) row.get("theme");
            Object source = row.get("source");
            if (theme == null) {
                themed.put((String) source, (Long) row.get("items"));
                continue;
            }
            themes.putIfAbsent(theme, new Theme(theme, (String) row.get("label"), (String) row.get("labelEn")));
            if (source != null) {
                counts.put(theme + "|" + source, (Long) row.get("items"));
            }
        }
        List<String> keys = List.copyOf(themes.keySet());
        List<String> sources = explorer.sourceIds();
        int[][] cells = new int[keys.size()][sources.size()];
        for (int t = 0; t < keys.size(); t++) {
            for (int s = 0; s < sources.size(); s++) {
                cells[t][s] = Math.toIntExact(counts.getOrDefault(keys.get(t) + "|" + sources.get(s), 0L));
            }
        }
        Crosstab crosstab = new Crosstab(cells, sources.stream().mapToInt(s -> Math.toIntExact(themed.get(s))).toArray());
        List<Cell> answer = new ArrayList<>();
        for (int t = 0; t < keys.size(); t++) {
            for (int s = 0; s < sources.size(); s++) {
                answer.add(new Cell(keys.get(t), sources.get(s), cells[t][s], rounded(crosstab.expected(t, s)),
                        value(crosstab, measure, t, s)));
            }
        }
        return new Matrix(kind, measure, sources, Collections.unmodifiableMap(themed), List.copyOf(themes.values()),
                List.copyOf(answer));
    }

    private static Double value(Crosstab crosstab, String measure, int theme, int source) {
        return switch (measure) {
            case "share" -> rounded(crosstab.share(theme, source));
            case "residual" -> rounded(crosstab.residual(theme, source));
            default -> (double) crosstab.count(theme, source);
        };
    }

    /** Four decimals like the tables; null (JSON null) where undefined. */
    private static Double rounded(double value) {
        return Double.isNaN(value) ? null : Math.round(value * 10_000.0) / 10_000.0;
    }
}
