package dk.erfaringsgraf.report;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Pivots the long rows of {@code actor-theme.cypher} into one row per actor and kind of mention, in the
 * query's order (actor id, then text before section): actor, name, by, the items mentioning the actor so,
 * then one column per theme (sorted by id) with those of them about the theme.
 */
final class ActorThemePivot {

    private record Row(String actor, String by) {
    }

    private ActorThemePivot() {
    }

    static Table pivot(Table raw) {
        Map<Row, String> names = new LinkedHashMap<>();
        Map<Row, Integer> totals = new HashMap<>();
        Map<List<Object>, Integer> counts = new HashMap<>();
        TreeSet<String> themes = new TreeSet<>();
        StringColumn actors = raw.stringColumn("actor");
        StringColumn theme = raw.stringColumn("theme");
        StringColumn by = raw.stringColumn("by");
        for (int r = 0; r < raw.rowCount(); r++) {
            int items = raw.intColumn("items").get(r);
            if (actors.isMissing(r)) {
                themes.add(theme.get(r));
                continue;
            }
            Row row = new Row(actors.get(r), by.get(r));
            if (theme.isMissing(r)) {
                names.put(row, raw.stringColumn("name").get(r));
                totals.put(row, items);
            } else {
                counts.put(List.of(row, theme.get(r)), items);
            }
        }
        return build(raw.name(), names, totals, themes, counts);
    }

    private static Table build(String name, Map<Row, String> names, Map<Row, Integer> totals,
            TreeSet<String> themes, Map<List<Object>, Integer> counts) {
        List<Row> rows = List.copyOf(names.keySet());
        Table table = Table.create(name, StringColumn.create("actor", rows.stream().map(Row::actor).toList()),
                StringColumn.create("name", names.values()), StringColumn.create("by", rows.stream().map(Row::by).toList()),
                IntColumn.create("items", rows.stream().mapToInt(totals::get).toArray()));
        for (String theme : themes) {
            table.addColumns(IntColumn.create(theme,
                    rows.stream().mapToInt(r -> counts.getOrDefault(List.of(r, theme), 0)).toArray()));
        }
        return table;
    }
}
