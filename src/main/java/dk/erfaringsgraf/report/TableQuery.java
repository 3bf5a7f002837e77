package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.QueryResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One query of {@code cypher/tables/} (loaded from the classpath) with its header: the title (Danish /
 * English) on the first line, {@code // Parameters: none} or one {@code // Parameters: $name – meaning
 * (default)} line per parameter, and one {@code // Column: name (string|int|double) – meaning} line per
 * returned column, which gives the Tablesaw column types even when a column holds only nulls.
 */
record TableQuery(String name, String title, Map<String, Object> defaults, List<ColumnSpec> columns, String cypher) {

    private static final Pattern PARAMETER = Pattern.compile("// Parameters: \\$(\\w+) – .*\\(([^()]+)\\)");
    private static final Pattern COLUMN = Pattern.compile("// Column: (\\w+) \\((string|int|double)\\)(?: – (.*))?");

    TableQuery {
        defaults = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        columns = List.copyOf(columns);
    }

    /** Reads {@code cypher/tables/<name>.cypher}; a missing file or header is a build defect, so unchecked. */
    static TableQuery load(String name) {
        String resource = "/cypher/tables/" + name + ".cypher";
        try (InputStream in = TableQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file " + resource);
            }
            return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource + ": " + e.getMessage(), e);
        }
    }

    static TableQuery parse(String name, String text) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).startsWith("// ") || !lines.get(0).contains(" / ")) {
            throw new IllegalStateException("cypher/tables/" + name + ".cypher: first line is not '// <Danish> / <English>'");
        }
        Map<String, Object> defaults = new LinkedHashMap<>();
        List<ColumnSpec> columns = new ArrayList<>();
        for (String line : lines) {
            Matcher p = PARAMETER.matcher(line);
            Matcher c = COLUMN.matcher(line);
            if (p.matches()) {
                defaults.put(p.group(1), literal(p.group(2)));
            } else if (c.matches()) {
                columns.add(new ColumnSpec(c.group(1), ColumnKind.parse(c.group(2)), c.group(3)));
            }
        }
        String cypher = String.join("\n", lines.stream().filter(l -> !l.strip().startsWith("//")).toList()).strip();
        return new TableQuery(name, lines.get(0).substring(3), defaults, columns, cypher);
    }

    /** Whole numbers become integers, decimals doubles, anything else text (as Cypher literals would). */
    private static Object literal(String text) {
        if (text.matches("-?\\d+")) {
            return Long.valueOf(text);
        }
        return text.matches("-?\\d+\\.\\d+") ? (Object) Double.valueOf(text) : text;
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
