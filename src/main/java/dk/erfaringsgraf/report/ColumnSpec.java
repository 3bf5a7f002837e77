package dk.erfaringsgraf.report;

/** One column a table query declares: {@code // Column: name (type) – meaning}. */
record ColumnSpec(String name, ColumnKind kind, String meaning) {
}
