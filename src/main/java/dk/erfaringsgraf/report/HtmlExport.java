package dk.erfaringsgraf.report;

import java.io.IOException;
import java.io.Writer;
import tech.tablesaw.api.Table;

/**
 * A plain HTML5 page holding one accessible table: a caption, column headers with scope="col", the first
 * cell of each row as its row header (scope="row"), numbers marked class="num"; all text escaped.
 */
final class HtmlExport {

    private HtmlExport() {
    }

    static void write(Table table, String caption, Writer out) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"da\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(caption)
                + "</title>\n</head>\n<body>\n<table>\n<caption>" + escape(caption) + "</caption>\n<thead>\n<tr>");
        for (int c = 0; c < table.columnCount(); c++) {
            out.write("<th scope=\"col\">" + escape(table.column(c).name()) + "</th>");
        }
        out.write("</tr>\n</thead>\n<tbody>\n");
        for (int r = 0; r < table.rowCount(); r++) {
            out.write("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                out.write(cell(table, c, r));
            }
            out.write("</tr>\n");
        }
        out.write("</tbody>\n</table>\n</body>\n</html>\n");
    }

    private static String cell(Table table, int c, int r) {
        String text = escape(Cells.text(table, c, r));
        if (c == 0) {
            return "<th scope=\"row\">" + text + "</th>";
        }
        return (Cells.numeric(table.column(c)) ? "<td class=\"num\">" : "<td>") + text + "</td>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
