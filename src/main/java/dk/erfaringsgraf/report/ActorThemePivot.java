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
 * Pivots the long rows of {@code actor-theme.cypher} into one row per actor (sorted by id): actor, name, the
 * items mentioning it, then one column per theme (sorted by id) with the items about that theme.
 */
final class ActorThemePivot {

    private ActorThemePivot() {
    }

    static Table pivot(Table raw) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> totals = new HashMap<>();
        Map<List<String>, Integer> counts = new HashMap<>();
        TreeSet<String> themes = new TreeSet<>();
        StringColumn actors = raw.stringColumn("actor");
        StringColumn theme = raw.stringColumn("theme");
        for (int r = 0; r < raw.rowCount(); r++) {
            int items = raw.intColumn("items").get(r);
            if (actors.isMissing(r)) {
                themes.add(theme.get(r));
            } else if (theme.isMissing(r)) {
                names.put(actors.get(r), raw.stringColumn("name").get(r));
                totals.put(actors.get(r), items);
            } else {
                counts.put(List.of(actors.get(r), theme.get(r)), items);
            }
        }
        return build(raw.name(), names, totals, themes, counts);
    }

    private static Table build(String name, Map<String, String> names, Map<String, Integer> totals,
            TreeSet<String> themes, Map<List<String>, Integer> counts) {
        List<String> actors = List.copyOf(names.keySet());
        Table table = Table.create(name, StringColumn.create("actor", actors), StringColumn.create("name", names.values()),
                IntColumn.create("items", actors.stream().mapToInt(totals::get).toArray()));
        for (String theme : themes) {
            table.addColumns(IntColumn.create(theme,
                    actors.stream().mapToInt(a -> counts.getOrDefault(List.of(a, theme), 0)).toArray()));
        }
        return table;
    }
}
