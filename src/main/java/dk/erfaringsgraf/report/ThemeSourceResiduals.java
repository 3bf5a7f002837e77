package dk.erfaringsgraf.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Shapes the long rows of {@code theme-source-residuals.cypher} into one row per theme and source (themes in
 * codebook id order, sources by id): the items, the source's items with a theme, the share, the expected count
 * and the adjusted standardised residual of the {@link Crosstab}, rounded to 4 decimals (missing where
 * undefined). Tidy rows, so a researcher can pivot any of the measures.
 */
final class ThemeSourceResiduals {

    private ThemeSourceResiduals() {
    }

    static Table rows(Table raw) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        Map<String, Integer> bases = new TreeMap<>();
        TreeSet<String> sources = new TreeSet<>();
        for (int r = 0; r < raw.rowCount(); r++) {
            if (raw.stringColumn("source").isMissing(r)) {
                if (!raw.stringColumn("theme").isMissing(r)) {
                    names.put(raw.stringColumn("theme").get(r), raw.stringColumn("name").get(r));
                }
                continue;
            }
            String source = raw.stringColumn("source").get(r);
            sources.add(source);
            int items = raw.intColumn("items").get(r);
            if (raw.stringColumn("theme").isMissing(r)) {
                bases.put(source, items);
            } else {
                names.put(raw.stringColumn("theme").get(r), raw.stringColumn("name").get(r));
                counts.computeIfAbsent(raw.stringColumn("theme").get(r), t -> new TreeMap<>()).put(source, items);
            }
        }
        return build(raw.name(), names, List.copyOf(sources), counts, bases);
    }

    private static Table build(String name, Map<String, String> names, List<String> sources,
            Map<String, Map<String, Integer>> counts, Map<String, Integer> bases) {
        List<String> themes = List.copyOf(names.keySet());
        int[][] cells = new int[themes.size()][sources.size()];
        int[] sourceItems = new int[sources.size()];
        for (int s = 0; s < sources.size(); s++) {
            sourceItems[s] = bases.getOrDefault(sources.get(s), 0);
            for (int t = 0; t < themes.size(); t++) {
                cells[t][s] = counts.getOrDefault(themes.get(t), Map.of()).getOrDefault(sources.get(s), 0);
            }
        }
        Crosstab crosstab = new Crosstab(cells, sourceItems);
        Table table = Table.create(name, StringColumn.create("theme"), StringColumn.create("name"),
                StringColumn.create("source"), IntColumn.create("items"), IntColumn.create("sourceItems"),
                DoubleColumn.create("share"), DoubleColumn.create("expected"), DoubleColumn.create("residual"));
        for (int t = 0; t < themes.size(); t++) {
            for (int s = 0; s < sources.size(); s++) {
                table.stringColumn("theme").append(themes.get(t));
                table.stringColumn("name").append(names.get(themes.get(t)));
                table.stringColumn("source").append(sources.get(s));
                table.intColumn("items").append(cells[t][s]);
                table.intColumn("sourceItems").append(sourceItems[s]);
                SourceOverlap.appendRounded(table.doubleColumn("share"), crosstab.share(t, s));
                SourceOverlap.appendRounded(table.doubleColumn("expected"), crosstab.expected(t, s));
                SourceOverlap.appendRounded(table.doubleColumn("residual"), crosstab.residual(t, s));
            }
        }
        return table;
    }
}
