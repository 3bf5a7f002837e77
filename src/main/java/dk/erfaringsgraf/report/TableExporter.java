package dk.erfaringsgraf.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import tech.tablesaw.api.Table;

/**
 * Writes a table as CSV, XLSX, Markdown, HTML or JSON, always UTF-8, and byte for byte the same for the same
 * table: no clock, locale or platform line separator reaches the output. The caption of Markdown and HTML is
 * the catalog title of a catalog table ("Danish / English"), otherwise the table's name.
 */
public final class TableExporter {

    private TableExporter() {
    }

    /**
     * Writes {@code table} to {@code out}, which is flushed but left open.
     *
     * @throws UncheckedIOException naming the table and format when writing fails
     */
    public static void write(Table table, Format format, OutputStream out) {
        try {
            if (format == Format.XLSX) {
                XlsxExport.write(table, out);
            } else {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                text(table, format, writer);
                writer.flush();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write table " + table.name() + " as " + format.word()
                    + ": " + e.getMessage(), e);
        }
    }

    private static void text(Table table, Format format, Writer out) throws IOException {
        switch (format) {
            case CSV -> CsvExport.write(table, out);
            case MD -> MarkdownExport.write(table, caption(table), out);
            case HTML -> HtmlExport.write(table, caption(table), out);
            case JSON -> JsonExport.write(table, out);
            default -> throw new IllegalArgumentException("Not a text format: " + format);
        }
    }

    static String caption(Table table) {
        return TableCatalog.names().contains(table.name()) ? TableCatalog.title(table.name()) : table.name();
    }
}
