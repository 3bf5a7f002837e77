package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import tech.tablesaw.api.Table;

/** Builds the comparison tables of {@link TableCatalog} from the loaded graph. */
public final class Tables {

    private Tables() {
    }

    /**
     * Runs the table's read-only query against {@code store} and shapes the rows into a typed table named
     * {@code name}.
     *
     * @throws InputException for an unknown table (listing the valid ones) or an empty graph
     */
    public static Table build(GraphStore store, String name) {
        return build(store::read, name);
    }

    static Table build(QueryReader reader, String name) {
        TableCatalog.require(name);
        requireLoaded(reader);
        return TableCatalog.shape(name, TableQuery.load(name).run(reader));
    }

    /** Every table of an empty graph would be empty or all zeros, which reads like a finding; say so instead. */
    private static void requireLoaded(QueryReader reader) {
        Table count = TableQuery.load("source-count").run(reader);
        if (count.rowCount() == 0 || count.intColumn("sources").get(0) == 0) {
            throw new InputException("the graph is empty: run load first");
        }
    }
}
