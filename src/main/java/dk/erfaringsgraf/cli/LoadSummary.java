package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.graph.LoadReport;
import java.io.PrintWriter;

/** The account of a load: what was loaded, skipped and removed, and the graph's counts afterwards. */
final class LoadSummary {

    private LoadSummary() {
    }

    static void print(LoadReport report, PrintWriter out) {
        out.println("loaded:    " + String.join(", ", report.loaded()));
        out.println("unchanged: " + String.join(", ", report.unchanged()));
        if (!report.removed().isEmpty()) {
            out.println("removed:   " + String.join(", ", report.removed()));
        }
        if (!report.stale().isEmpty()) {
            out.println("stale:     " + String.join(", ", report.stale())
                    + " (in the graph but not in the corpus; --prune removes them)");
        }
        out.println();
        out.printf("%-16s %7s%n", "nodes", "count");
        new java.util.TreeMap<>(report.nodes()).forEach((label, n) -> out.printf("%-16s %7d%n", label, n));
        out.println();
        out.printf("%-16s %7s%n", "relationships", "count");
        new java.util.TreeMap<>(report.relationships()).forEach((type, n) -> out.printf("%-16s %7d%n", type, n));
        out.flush();
    }
}
