package dk.erfaringsgraf.bench;

/**
 * One measured figure of a benchmark run: a row of the table {@code bench run} prints and of the CSV and
 * Markdown it writes. {@code reports} is the size of the corpus measured (4 for the bundled one); {@code note}
 * says what the figure is compared with or how it was bounded, or is empty.
 */
public record BenchRow(String stage, int reports, String metric, double value, String unit, String note) {

    public BenchRow {
        if (stage == null || stage.isBlank() || metric == null || metric.isBlank() || unit == null) {
            throw new IllegalArgumentException("a benchmark row needs a stage, a metric and a unit");
        }
        note = note == null ? "" : note;
    }
}
