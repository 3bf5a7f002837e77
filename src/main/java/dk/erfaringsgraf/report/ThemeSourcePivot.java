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
 * Pivots the long rows of {@code theme-source.cypher} into one row per theme: theme, name, then per source
 * (sorted by id) one column per kind ("kl-2020 opportunities" …) and the source's items ("kl-2020 items"),
 * then the theme's items and the number of sources raising it; last the totals row.
 */
final class ThemeSourcePivot {

    /** Kinds as stored on items, in column order, with their column words. */
    static final Map<String, String> KINDS = kinds();

    /** The theme value of the totals row: not kebab-case, so no codebook theme can be called that. */
    static final String TOTAL = "(total)";
    static final String TOTAL_NAME = "I alt: udsagn med mindst ét tema";

    private ThemeSourcePivot() {
    }

    private static Map<String, String> kinds() {
        Map<String, String> kinds = new LinkedHashMap<>();
        kinds.put("opportunity", "opportunities");
        kinds.put("challenge", "challenges");
        kinds.put("recommendation", "recommendations");
        kinds.put("question", "questions");
        kinds.put("observation", "observations");
        kinds.put("quote", "quotes");
        return java.util.Collections.unmodifiableMap(kinds);
    }

    static Table pivot(Table raw) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<List<String>, Integer> counts = new HashMap<>();
        TreeSet<String> sources = new TreeSet<>();
        StringColumn themes = raw.stringColumn("theme");
        for (int r = 0; r < raw.rowCount(); r++) {
            String theme = themes.isMissing(r) ? TOTAL : themes.get(r);
            names.putIfAbsent(theme, raw.stringColumn("name").get(r));
            if (!raw.stringColumn("source").isMissing(r)) {
                String source = raw.stringColumn("source").get(r);
                sources.add(source);
                counts.merge(List.of(theme, source, raw.stringColumn("kind").get(r)), raw.intColumn("items").get(r),
                        Integer::sum);
            }
        }
        names.remove(TOTAL);
        names.put(TOTAL, TOTAL_NAME);
        return build(raw.name(), names, List.copyOf(sources), counts);
    }

    private static Table build(String name, Map<String, String> names, List<String> sources,
            Map<List<String>, Integer> counts) {
        List<String> themes = List.copyOf(names.keySet());
        Table table = Table.create(name, StringColumn.create("theme", themes),
                StringColumn.create("name", names.values()));
        int[] all = new int[themes.size()];
        int[] raising = new int[themes.size()];
        for (String source : sources) {
            int[] items = new int[themes.size()];
            KINDS.forEach((kind, word) -> table.addColumns(IntColumn.create(source + " " + word,
                    countsOf(themes, source, kind, counts, items))));
            table.addColumns(IntColumn.create(source + " items", items));
            for (int r = 0; r < items.length; r++) {
                all[r] += items[r];
                raising[r] += items[r] > 0 ? 1 : 0;
            }
        }
        return table.addColumns(IntColumn.create("items", all), IntColumn.create("sources", raising));
    }

    /** One source and kind's count per theme, also added into {@code items}. */
    private static int[] countsOf(List<String> themes, String source, String kind, Map<List<String>, Integer> counts,
            int[] items) {
        int[] n = new int[themes.size()];
        for (int r = 0; r < n.length; r++) {
            n[r] = counts.getOrDefault(List.of(themes.get(r), source, kind), 0);
            items[r] += n[r];
        }
        return n;
    }
}
