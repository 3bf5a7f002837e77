package dk.erfaringsgraf.report;

import java.math.BigDecimal;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/** One canonical text per cell, shared by the text formats so that they agree and never depend on locale. */
final class Cells {

    private Cells() {
    }

    static boolean numeric(Column<?> column) {
        return column.type() == ColumnType.INTEGER || column.type() == ColumnType.LONG
                || column.type() == ColumnType.DOUBLE;
    }

    /**
     * The cell as text: "" when missing; whole numbers in decimal; doubles as the shortest decimal that reads
     * back to the same double, never in exponent form ("0.00001", "1.0").
     */
    static String text(Table table, int column, int row) {
        Column<?> c = table.column(column);
        if (c.isMissing(row)) {
            return "";
        }
        Object value = c.get(row);
        if (value instanceof Double d) {
            String plain = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return plain.contains(".") ? plain : plain + ".0";
        }
        return String.valueOf(value);
    }
}
