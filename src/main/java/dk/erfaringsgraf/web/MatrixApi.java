package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /api/matrix?kind=}: theme × source item counts for the heatmap, every cell present (0 too). */
final class MatrixApi {

    private final Explorer explorer;

    MatrixApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void get(Context ctx) {
        String kind = Params.oneOf(ctx, "kind", Explorer.KINDS);
        Map<String, Object> params = new HashMap<>();
        params.put("kind", kind);
        Map<String, Map<String, Object>> themes = new LinkedHashMap<>();
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : explorer.rows("web/matrix", params)) {
            String theme = (String) row.get("theme");
            themes.putIfAbsent(theme, Map.of("key", theme, "label", row.get("label"), "labelEn", row.get("labelEn")));
            if (row.get("source") != null) {
                counts.put(theme + "|" + row.get("source"), (Long) row.get("items"));
            }
        }
        List<Map<String, Object>> cells = new ArrayList<>();
        for (String theme : themes.keySet()) {
            for (String source : explorer.sourceIds()) {
                cells.add(Map.of("theme", theme, "source", source, "items", counts.getOrDefault(theme + "|" + source, 0L)));
            }
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("kind", kind);
        answer.put("sources", explorer.sourceIds());
        answer.put("themes", List.copyOf(themes.values()));
        answer.put("cells", cells);
        ctx.json(answer);
    }
}
