package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.CypherHeader;
import dk.erfaringsgraf.graph.QueryResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One query of {@code cypher/tables/} (loaded from the classpath) with its header as {@link CypherHeader} reads
 * it: the title (Danish / English), one {@code // Parameters: $name – meaning (default)} line per parameter, and
 * one {@code // Column: name (string|int|double) – meaning} line per returned column, which gives the Tablesaw
 * column types even when a column holds only nulls.
 */
record TableQuery(String name, String title, Map<String, Object> defaults, List<ColumnSpec> columns, String cypher) {

    TableQuery {
        defaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        columns = List.copyOf(columns);
    }

    /** Reads {@code cypher/tables/<name>.cypher}; a missing file or header is a build defect, so unchecked. */
    static TableQuery load(String name) {
        return of(name, CypherHeader.load("tables/" + name));
    }

    /** The header's parameter examples are the table's defaults, so every parameter needs one. */
    private static TableQuery of(String name, CypherHeader header) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (CypherHeader.Param p : header.params()) {
            if (p.example() == null) {
                throw new IllegalStateException(header.file() + ": parameter $" + p.name() + " has no default in parentheses");
            }
            defaults.put(p.name(), p.exampleValue());
        }
        List<ColumnSpec> columns = header.columns().stream()
                .map(c -> new ColumnSpec(c.name(), ColumnKind.parse(c.type()), c.meaning())).toList();
        return new TableQuery(name, header.title(), defaults, columns, header.cypher());
    }

    /** Runs the query with its default parameters and types its rows as the header declares. */
    Table run(QueryReader reader) {
        QueryResult result = reader.read(cypher, defaults);
        List<String> declared = columns.stream().map(ColumnSpec::name).toList();
        if (!declared.equals(result.columns())) {
            throw new IllegalStateException("cypher/tables/" + name + ".cypher returns " + result.columns()
                    + " but its header declares " + declared);
        }
        return toTable(result);
    }

    private Table toTable(QueryResult result) {
        List<Column<?>> built = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            ColumnSpec spec = columns.get(c);
            Column<?> column = spec.kind().create(spec.name());
            for (List<Object> row : result.rows()) {
                spec.kind().append(column, row.get(c));
            }
            built.add(column);
        }
        return Table.create(name, built);
    }
}
