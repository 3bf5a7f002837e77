package dk.erfaringsgraf.curation;

import java.util.List;

/**
 * What applying the corrections in force did: how many were applied, and those whose target the graph no longer
 * has (an item gone after its source changed, a person no longer quoted): reported, kept in the file, and
 * applied again once the target is back.
 */
public record ApplyReport(int applied, List<Correction> missing) {

    public ApplyReport {
        missing = List.copyOf(missing);
    }

    /** One line for the load and serve output. */
    public String describe(java.nio.file.Path file) {
        String line = String.format("corrections: %d applied from %s", applied, file);
        if (missing.isEmpty()) {
            return line;
        }
        return line + String.format("; %d whose target is not in the graph (kept in the file): %s", missing.size(),
                String.join(", ", missing.stream().map(c -> c.id() + " (" + c.what().id() + " "
                        + c.target().describe() + ")").toList()));
    }
}
