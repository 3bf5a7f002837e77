package dk.erfaringsgraf.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.graph.QueryResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes the rows of a read query in a {@link ResultFormat}: an aligned table (see {@link TextTable}), CSV
 * after RFC 4180, or a pretty-printed JSON array of row objects. The writer should encode UTF-8; it is
 * flushed, not closed.
 */
final class ResultWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
    /** Fields that RFC 4180 requires in quotes. */
    private static final Pattern CSV_SPECIAL = Pattern.compile("[,\"\r\n]");
    private static final String CRLF = "\r\n";

    private ResultWriter() {
    }

    static void write(QueryResult result, ResultFormat format, Writer out) {
        try {
            switch (format) {
                case TABLE -> TextTable.write(result, out);
                case CSV -> writeCsv(result, out);
                case JSON -> writeJson(result, out);
                default -> throw new IllegalStateException("Unknown format " + format);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the query result: " + e.getMessage(), e);
        }
    }

    /** Header row, then one record per row, CRLF after each (RFC 4180); nested values as compact JSON. */
    private static void writeCsv(QueryResult result, Writer out) throws IOException {
        if (result.columns().isEmpty()) {
            return;
        }
        writeRecord(out, result.columns());
        for (List<Object> row : result.rows()) {
            writeRecord(out, row);
        }
    }

    private static void writeRecord(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            out.write((i == 0 ? "" : ",") + csvField(values.get(i)));
        }
        out.write(CRLF);
    }

    /** Null is an empty field; an empty string is {@code ""} so that the two stay apart. */
    private static String csvField(Object value) throws IOException {
        if (value == null) {
            return "";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        String text = value instanceof String string ? string : MAPPER.writeValueAsString(PlainValues.plain(value));
        boolean quoted = text.isEmpty() || CSV_SPECIAL.matcher(text).find();
        return quoted ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** {@code [{"column": value, …}, …]}, keys in column order, two-space indent, "\n" line ends. */
    private static void writeJson(QueryResult result, Writer out) throws IOException {
        try (JsonGenerator json = MAPPER.createGenerator(out)) {
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartArray();
            for (List<Object> row : result.rows()) {
                json.writeStartObject();
                for (int column = 0; column < result.columns().size(); column++) {
                    json.writeFieldName(result.columns().get(column));
                    json.writeObject(PlainValues.plain(row.get(column)));
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        out.write('\n');
    }

    /** Jackson's default prints {@code "n" : 4} and {@code [ ]}; this prints {@code "n": 4} and {@code []}. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayEmptySeparator("")
                .withObjectEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withArrayIndenter(indenter).withObjectIndenter(indenter);
    }
}
