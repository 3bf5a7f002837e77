package dk.erfaringsgraf.report;

import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.columns.Column;

/** The column types a table query declares in its header, and how a query value enters such a column. */
enum ColumnKind {
    STRING, INT, DOUBLE;

    static ColumnKind parse(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }

    Column<?> create(String name) {
        return switch (this) {
            case STRING -> StringColumn.create(name);
            case INT -> IntColumn.create(name);
            case DOUBLE -> DoubleColumn.create(name);
        };
    }

    /**
     * Appends one query value (null, String, Long or Double, as {@code QueryResult} gives them).
     *
     * @throws IllegalArgumentException naming the value when it does not fit the column's type
     */
    void append(Column<?> column, Object value) {
        if (value == null) {
            column.appendMissing();
        } else if (this == STRING && value instanceof String s) {
            ((StringColumn) column).append(s);
        } else if (this == INT && value instanceof Long n) {
            ((IntColumn) column).append(Math.toIntExact(n));
        } else if (this == DOUBLE && value instanceof Number n) {
            ((DoubleColumn) column).append(n.doubleValue());
        } else {
            throw new IllegalArgumentException("Column " + column.name() + " is " + name().toLowerCase(Locale.ROOT)
                    + " but the query gave " + value.getClass().getSimpleName() + " " + value);
        }
    }
}
