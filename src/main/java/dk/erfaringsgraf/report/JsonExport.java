package dk.erfaringsgraf.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * A JSON array of row objects, keys in column order; whole numbers and doubles as JSON numbers, missing cells
 * null. Indented with "\n" line ends whatever the platform, so the bytes never depend on it.
 */
final class JsonExport {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonExport() {
    }

    static void write(Table table, Writer out) throws IOException {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.setPrettyPrinter(new DefaultPrettyPrinter().withArrayIndenter(indenter).withObjectIndenter(indenter));
            json.writeStartArray();
            for (int r = 0; r < table.rowCount(); r++) {
                json.writeStartObject();
                for (int c = 0; c < table.columnCount(); c++) {
                    json.writeFieldName(table.column(c).name());
                    value(json, table.column(c), r);
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write("\n");
    }

    private static void value(JsonGenerator json, Column<?> column, int row) throws IOException {
        Object value = column.isMissing(row) ? null : column.get(row);
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Double || value instanceof Float) {
            json.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof Number n) {
            json.writeNumber(n.longValue());
        } else if (value instanceof Boolean b) {
            json.writeBoolean(b);
        } else {
            json.writeString(String.valueOf(value));
        }
    }
}
