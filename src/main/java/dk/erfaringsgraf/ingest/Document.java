package dk.erfaringsgraf.ingest;

import java.util.List;

/**
 * One report file as read: its text lines (for a text file the lines as written, line ends normalised to
 * LF, BOM removed; for PDF, Word and HTML the reader's text rendering, one line per text line or block),
 * the charset or form it was decoded from, the SHA-256 of its raw bytes, and its {@link Block}s in reading
 * order. Line numbers are 1-based everywhere and refer to {@link #lines()}.
 */
public record Document(String file, List<String> lines, String charset, String sha256, String format,
                       List<Block> blocks) {

    public Document {
        lines = List.copyOf(lines);
        blocks = List.copyOf(blocks);
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

    /** Whether the form has pages (blocks carry a page number). */
    public boolean paged() {
        return blocks.stream().anyMatch(b -> b.page() > 0);
    }

    /** The file name without extension, used as source id when no manifest names one. */
    public String baseName() {
        int dot = file.lastIndexOf('.');
        return dot > 0 ? file.substring(0, dot) : file;
    }
}
