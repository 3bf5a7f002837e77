package dk.erfaringsgraf.ingest;

import java.util.List;

/**
 * One decoded rendition file: its lines as read (line ends normalised to LF, BOM removed), the charset
 * it was decoded with and the SHA-256 of its raw bytes. Line numbers are 1-based everywhere.
 */
public record Document(String file, List<String> lines, String charset, String sha256) {

    public Document {
        lines = List.copyOf(lines);
    }

    /** The text of 1-based line {@code n}. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    public int lineCount() {
        return lines.size();
    }

    public boolean isBlank(int n) {
        return TextJoiner.isBlank(line(n));
    }

    /** The file name without extension, used as source id when no manifest names one. */
    public String baseName() {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
