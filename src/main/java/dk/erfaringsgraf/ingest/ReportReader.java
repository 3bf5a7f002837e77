package dk.erfaringsgraf.ingest;

import java.util.List;

/**
 * Reads one published form of a report (plain text, Markdown, PDF, Word, web page) into a {@link Document}:
 * its text lines, for showing a passage in its source, and its {@link Block}s, for the extract stage.
 * Implementations throw {@link InputException} naming the file when it cannot be read.
 */
public interface ReportReader {

    /** A short name of the form, printed in summaries ("txt", "pdf", …). */
    String format();

    /** The lower-case file name extensions this reader takes, without dot. */
    List<String> extensions();

    /** Reads {@code bytes} of {@code file}; what it had to guess or drop goes to {@code warnings}. */
    Document read(String file, byte[] bytes, List<String> warnings);
}
