package dk.erfaringsgraf.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/** RFC 4180 CSV: a header row, CRLF line ends, fields quoted only when they must be; missing cells empty. */
final class CsvExport {

    private static final Pattern SPECIAL = Pattern.compile("[,\"\r\n]");

    private CsvExport() {
    }

    static void write(Table table, Writer out) throws IOException {
        for (int c = 0; c < table.columnCount(); c++) {
            out.write((c == 0 ? "" : ",") + field(table.column(c).name()));
        }
        out.write("\r\n");
        for (int r = 0; r < table.rowCount(); r++) {
            for (int c = 0; c < table.columnCount(); c++) {
                out.write((c == 0 ? "" : ",") + field(Cells.text(table, c, r)));
            }
            out.write("\r\n");
        }
    }

    private static String field(String text) {
        return SPECIAL.matcher(text).find() ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
