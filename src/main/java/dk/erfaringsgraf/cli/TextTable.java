package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.graph.QueryResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The table format: a header, a rule of dashes, one line per row and "(N rows)". Each column is as wide as
 * its widest cell; numbers are right-aligned, and so are the header and nulls of a column that holds only
 * numbers. Columns are two spaces apart and lines carry no trailing blanks.
 */
final class TextTable {

    private static final String GAP = "  ";

    private TextTable() {
    }

    static void write(QueryResult result, Writer out) throws IOException {
        List<String> header = result.columns().stream().map(CellText::of).toList();
        List<List<String>> cells = result.rows().stream()
                .map(row -> row.stream().map(CellText::of).toList()).toList();
        int[] widths = widths(header, cells);
        boolean[] numeric = numericColumns(result);
        if (!header.isEmpty()) {
            line(out, header, widths, column -> numeric[column]);
            line(out, rule(widths), widths, column -> false);
        }
        for (int r = 0; r < cells.size(); r++) {
            List<Object> row = result.rows().get(r);
            line(out, cells.get(r), widths, column -> numeric[column] || row.get(column) instanceof Number);
        }
        int count = result.rows().size();
        out.write("(" + count + (count == 1 ? " row)" : " rows)") + "\n");
    }

    private static int[] widths(List<String> header, List<List<String>> cells) {
        int[] widths = new int[header.size()];
        List<List<String>> all = new ArrayList<>(cells);
        all.add(header);
        for (List<String> line : all) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], CellText.width(line.get(column)));
            }
        }
        return widths;
    }

    /** Columns whose values are all numbers or null, with at least one number. */
    private static boolean[] numericColumns(QueryResult result) {
        boolean[] numeric = new boolean[result.columns().size()];
        for (int column = 0; column < numeric.length; column++) {
            int c = column;
            numeric[column] = result.rows().stream().anyMatch(row -> row.get(c) instanceof Number)
                    && result.rows().stream().allMatch(row -> row.get(c) == null || row.get(c) instanceof Number);
        }
        return numeric;
    }

    private static List<String> rule(int[] widths) {
        List<String> rule = new ArrayList<>(widths.length);
        for (int width : widths) {
            rule.add(String.join("", Collections.nCopies(width, "-")));
        }
        return rule;
    }

    private static void line(Writer out, List<String> cells, int[] widths, IntPredicate rightAligned)
            throws IOException {
        StringBuilder line = new StringBuilder();
        for (int column = 0; column < cells.size(); column++) {
            String cell = cells.get(column);
            String padding = " ".repeat(widths[column] - CellText.width(cell));
            line.append(column == 0 ? "" : GAP)
                    .append(rightAligned.test(column) ? padding + cell : cell + padding);
        }
        out.write(line.toString().stripTrailing() + "\n");
    }
}
