package dk.erfaringsgraf.report;

import java.util.List;
import java.util.Locale;

/** The {@code README.txt} of an {@code export --all} folder: each file, its size and what it holds. */
final class ExportIndex {

    private ExportIndex() {
    }

    static String text(List<ExportFolder.ExportedFile> files) {
        StringBuilder out = new StringBuilder();
        out.append("Erfaringsgraf export (export --all)\n")
                .append("===================================\n\n")
                .append("Every comparison table in every format (tables/), every graph projection in every format\n")
                .append("(graphs/) and the coding as a REFI-QDA project (coding.qdpx), from one graph.\n")
                .append("All text files are UTF-8.\n");
        String section = null;
        long bytes = 0;
        for (ExportFolder.ExportedFile f : files) {
            String folder = f.path().contains("/") ? f.path().substring(0, f.path().indexOf('/') + 1) : "";
            if (!folder.equals(section)) {
                section = folder;
                out.append(folder.isEmpty() ? "\nProject\n-------\n" : "\n" + folder + "\n" + "-".repeat(folder.length()) + "\n");
            }
            out.append(String.format(Locale.ROOT, "%-36s %10s  %s\n", f.path(), size(f.bytes()), f.what()));
            bytes += f.bytes();
        }
        out.append(String.format(Locale.ROOT, "\n%d files besides this one, %s in all.\n", files.size(), size(bytes)));
        return out.toString();
    }

    /** A size for people: bytes, kB or MB (decimal, one decimal place). */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " B";
        }
        return bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1e3)
                : String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
