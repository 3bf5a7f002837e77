package dk.erfaringsgraf.report;

import dk.erfaringsgraf.ingest.InputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tech.tablesaw.api.Table;

/**
 * The comparison tables, by their command-line names. Each is defined by {@code cypher/tables/<name>.cypher};
 * some are then reshaped in Tablesaw where Cypher is awkward (pivots, pairs).
 */
public final class TableCatalog {

    private static final Map<String, UnaryOperator<Table>> SHAPES = shapes();

    private TableCatalog() {
    }

    private static Map<String, UnaryOperator<Table>> shapes() {
        Map<String, UnaryOperator<Table>> shapes = new LinkedHashMap<>();
        shapes.put("theme-source", ThemeSourcePivot::pivot);
        shapes.put("theme-source-residuals", ThemeSourceResiduals::rows);
        shapes.put("source-overlap", SourceOverlap::pairs);
        shapes.put("centrality", UnaryOperator.identity());
        shapes.put("echoes", UnaryOperator.identity());
        shapes.put("gaps", UnaryOperator.identity());
        shapes.put("actor-theme", ActorThemePivot::pivot);
        shapes.put("quotes", UnaryOperator.identity());
        return java.util.Collections.unmodifiableMap(shapes);
    }

    /** The valid table names, in catalog order. */
    public static List<String> names() {
        return List.copyOf(SHAPES.keySet());
    }

    /** The table's title, "Danish / English", from the first line of its Cypher file. */
    public static String title(String name) {
        return TableQuery.load(require(name)).title();
    }

    /**
     * @return {@code name}, when it is a table
     * @throws InputException naming the unknown table and listing the valid ones
     */
    public static String require(String name) {
        if (!SHAPES.containsKey(name)) {
            throw new InputException("Unknown table '" + name + "'; valid tables: " + String.join(", ", names()));
        }
        return name;
    }

    static Table shape(String name, Table raw) {
        return SHAPES.get(name).apply(raw);
    }
}
