package dk.erfaringsgraf.report;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;
import tech.tablesaw.api.Table;

/**
 * A GitHub-flavoured Markdown table under a heading with the table's caption; numbers right-aligned; pipes,
 * emphasis marks and tags escaped and line breaks folded, so a cell shows its text as is and never breaks the table.
 */
final class MarkdownExport {

    private static final Pattern SPECIAL = Pattern.compile("[\\\\|*_`]");

    private MarkdownExport() {
    }

    static void write(Table table, String caption, Writer out) throws IOException {
        out.write("## " + cell(caption) + "\n\n");
        StringBuilder header = new StringBuilder("|");
        StringBuilder rule = new StringBuilder("|");
        for (int c = 0; c < table.columnCount(); c++) {
            header.append(' ').append(cell(table.column(c).name())).append(" |");
            rule.append(Cells.numeric(table.column(c)) ? " ---: |" : " --- |");
        }
        out.write(header + "\n" + rule + "\n");
        for (int r = 0; r < table.rowCount(); r++) {
            StringBuilder row = new StringBuilder("|");
            for (int c = 0; c < table.columnCount(); c++) {
                row.append(' ').append(cell(Cells.text(table, c, r))).append(" |");
            }
            out.write(row + "\n");
        }
    }

    /** Backslash-escapes the punctuation that would format or split a cell; "<" as an entity, not a tag. */
    private static String cell(String text) {
        return SPECIAL.matcher(text.replaceAll("\\s*[\r\n]+\\s*", " ")).replaceAll("\\\\$0").replace("<", "&lt;");
    }
}
