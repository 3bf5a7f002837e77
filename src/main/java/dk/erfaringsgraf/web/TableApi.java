package dk.erfaringsgraf.web;

import dk.erfaringsgraf.report.Format;
import dk.erfaringsgraf.report.TableCatalog;
import dk.erfaringsgraf.report.TableExporter;
import dk.erfaringsgraf.report.Tables;
import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** {@code GET /api/tables} and {@code GET /api/tables/{name}?format=json|csv|xlsx}: the comparison tables. */
final class TableApi {

    private static final List<String> FORMATS = List.of("json", "csv", "xlsx");

    private final Explorer explorer;

    TableApi(Explorer explorer) {
        this.explorer = explorer;
    }

    void list(Context ctx) {
        ctx.json(MetaApi.tables());
    }

    void get(Context ctx) {
        String name = ctx.pathParam("name");
        if (!TableCatalog.names().contains(name)) {
            throw ApiException.notFound("name", "No table '" + name + "'; tables: " + String.join(", ", TableCatalog.names()));
        }
        String format = Params.oneOf(ctx, "format", FORMATS);
        Table table = Tables.build(explorer.store(), name);
        if (format == null || format.equals("json")) {
            ctx.json(json(name, table));
            return;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.write(table, Format.parse(format), out);
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        ctx.header("Content-Disposition", "attachment; filename=\"erfaringsgraf-" + name + "." + format + "\"");
        ctx.result(out.toByteArray());
    }

    /** A table as JSON: its name and title, column names, and rows as lists in column order (null if missing). */
    record TableJson(String name, String title, List<String> columns, List<List<Object>> rows) {
    }

    private static TableJson json(String name, Table table) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < table.rowCount(); r++) {
            List<Object> row = new ArrayList<>();
            for (Column<?> column : table.columns()) {
                row.add(column.isMissing(r) ? null : column.get(r));
            }
            rows.add(row);
        }
        return new TableJson(name, TableCatalog.title(name), table.columnNames(), rows);
    }
}
