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
 * Turns the theme and actor profiles of {@code source-overlap.cypher} into one row per unordered pair of sources
 * (source sorts before other): set sizes, shared count, Jaccard index |A∩B| / |A∪B|, overlap coefficient
 * |A∩B| / min(|A|, |B|) and the {@link ProfileCosine cosine} of the two profiles (weighted by items) for themes
 * and for actors, rounded to 4 decimals; missing where undefined (empty sets). The sets of large sources are
 * nearly equal (Jaccard 0.93–0.96 for themes), so the cosine is the column that tells them apart.
 */
final class SourceOverlap {

    static final List<String> KINDS = List.of("theme", "actor");

    private SourceOverlap() {
    }

    static Table pairs(Table raw) {
        Map<String, Map<String, Map<String, Integer>>> sets = new TreeMap<>();
        for (int r = 0; r < raw.rowCount(); r++) {
            sets.computeIfAbsent(raw.stringColumn("source").get(r), s -> new TreeMap<>())
                    .computeIfAbsent(raw.stringColumn("kind").get(r), k -> new TreeMap<>())
                    .put(raw.stringColumn("id").get(r), raw.intColumn("items").get(r));
        }
        Table table = Table.create(raw.name(), StringColumn.create("source"), StringColumn.create("other"));
        for (String kind : KINDS) {
            table.addColumns(IntColumn.create(kind + "s"), IntColumn.create("other" + capital(kind) + "s"),
                    IntColumn.create("shared" + capital(kind) + "s"), DoubleColumn.create(kind + "Jaccard"),
                    DoubleColumn.create(kind + "Overlap"), DoubleColumn.create(kind + "Cosine"));
        }
        List<String> sources = List.copyOf(sets.keySet());
        for (int a = 0; a < sources.size(); a++) {
            for (int b = a + 1; b < sources.size(); b++) {
                addPair(table, sources.get(a), sources.get(b), sets);
            }
        }
        return table;
    }

    private static void addPair(Table table, String source, String other,
            Map<String, Map<String, Map<String, Integer>>> sets) {
        table.stringColumn("source").append(source);
        table.stringColumn("other").append(other);
        for (String kind : KINDS) {
            Map<String, Integer> profile = sets.get(source).getOrDefault(kind, Map.of());
            Map<String, Integer> otherProfile = sets.get(other).getOrDefault(kind, Map.of());
            Set<String> a = profile.keySet();
            Set<String> b = otherProfile.keySet();
            Set<String> shared = new TreeSet<>(a);
            shared.retainAll(b);
            int union = a.size() + b.size() - shared.size();
            table.intColumn(kind + "s").append(a.size());
            table.intColumn("other" + capital(kind) + "s").append(b.size());
            table.intColumn("shared" + capital(kind) + "s").append(shared.size());
            appendRatio(table.doubleColumn(kind + "Jaccard"), shared.size(), union);
            appendRatio(table.doubleColumn(kind + "Overlap"), shared.size(), Math.min(a.size(), b.size()));
            appendRounded(table.doubleColumn(kind + "Cosine"), ProfileCosine.of(profile, otherProfile));
        }
    }

    private static void appendRatio(DoubleColumn column, int part, int whole) {
        appendRounded(column, whole == 0 ? Double.NaN : (double) part / whole);
    }

    /** Four decimals, as every ratio of the tables; NaN (undefined) as a missing value. */
    static void appendRounded(DoubleColumn column, double value) {
        if (Double.isNaN(value)) {
            column.appendMissing();
        } else {
            column.append(Math.round(10_000.0 * value) / 10_000.0);
        }
    }

    private static String capital(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
