package dk.erfaringsgraf.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Turns the theme and actor sets of {@code source-overlap.cypher} into one row per unordered pair of sources
 * (source sorts before other): set sizes, shared count, Jaccard index |A∩B| / |A∪B| and overlap coefficient
 * |A∩B| / min(|A|, |B|) for themes and for actors, rounded to 4 decimals; missing where undefined (empty sets).
 */
final class SourceOverlap {

    static final List<String> KINDS = List.of("theme", "actor");

    private SourceOverlap() {
    }

    static Table pairs(Table raw) {
        Map<String, Map<String, Set<String>>> sets = new TreeMap<>();
        for (int r = 0; r < raw.rowCount(); r++) {
            sets.computeIfAbsent(raw.stringColumn("source").get(r), s -> new TreeMap<>())
                    .computeIfAbsent(raw.stringColumn("kind").get(r), k -> new TreeSet<>())
                    .add(raw.stringColumn("id").get(r));
        }
        Table table = Table.create(raw.name(), StringColumn.create("source"), StringColumn.create("other"));
        for (String kind : KINDS) {
            table.addColumns(IntColumn.create(kind + "s"), IntColumn.create("other" + capital(kind) + "s"),
                    IntColumn.create("shared" + capital(kind) + "s"), DoubleColumn.create(kind + "Jaccard"),
                    DoubleColumn.create(kind + "Overlap"));
        }
        List<String> sources = List.copyOf(sets.keySet());
        for (int a = 0; a < sources.size(); a++) {
            for (int b = a + 1; b < sources.size(); b++) {
                addPair(table, sources.get(a), sources.get(b), sets);
            }
        }
        return table;
    }

    private static void addPair(Table table, String source, String other, Map<String, Map<String, Set<String>>> sets) {
        table.stringColumn("source").append(source);
        table.stringColumn("other").append(other);
        for (String kind : KINDS) {
            Set<String> a = sets.get(source).getOrDefault(kind, Set.of());
            Set<String> b = sets.get(other).getOrDefault(kind, Set.of());
            Set<String> shared = new TreeSet<>(a);
            shared.retainAll(b);
            int union = a.size() + b.size() - shared.size();
            table.intColumn(kind + "s").append(a.size());
            table.intColumn("other" + capital(kind) + "s").append(b.size());
            table.intColumn("shared" + capital(kind) + "s").append(shared.size());
            appendRatio(table.doubleColumn(kind + "Jaccard"), shared.size(), union);
            appendRatio(table.doubleColumn(kind + "Overlap"), shared.size(), Math.min(a.size(), b.size()));
        }
    }

    private static void appendRatio(DoubleColumn column, int part, int whole) {
        if (whole == 0) {
            column.appendMissing();
        } else {
            column.append(Math.round(10_000.0 * part / whole) / 10_000.0);
        }
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
