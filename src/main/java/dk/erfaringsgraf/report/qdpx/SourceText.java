package dk.erfaringsgraf.report.qdpx;

import dk.erfaringsgraf.ingest.Document;
import java.util.List;

/**
 * The plain text of one report file as the reader read it ({@link Document#lines()} joined by LF: a text file's
 * own lines, the extracted text of a PDF, Word or HTML file), and where its lines start, in characters (Unicode
 * code points) from the start of the text, as REFI-QDA counts positions.
 */
final class SourceText {

    private final String text;
    private final List<String> lines;
    private final int[] lineStarts;

    private SourceText(String text, List<String> lines, int[] lineStarts) {
        this.text = text;
        this.lines = lines;
        this.lineStarts = lineStarts;
    }

    static SourceText of(Document document) {
        List<String> lines = document.lines();
        StringBuilder text = new StringBuilder();
        int[] starts = new int[lines.size() + 1];
        int position = 0;
        for (int n = 0; n < lines.size(); n++) {
            starts[n] = position;
            String line = lines.get(n);
            text.append(line).append('\n');
            position += line.codePointCount(0, line.length()) + 1;
        }
        starts[lines.size()] = position;
        return new SourceText(text.toString(), lines, starts);
    }

    String text() {
        return text;
    }

    int lineCount() {
        return lineStarts.length - 1;
    }

    /**
     * The selection of 1-based lines {@code first..last}: from the first non-blank character of line {@code first}
     * to after the last non-blank character of line {@code last} (start inclusive, end exclusive, code points).
     */
    Span span(int first, int last) {
        String firstLine = lines.get(first - 1);
        String lead = firstLine.substring(0, firstLine.length() - firstLine.stripLeading().length());
        int start = lineStarts[first - 1] + lead.codePointCount(0, lead.length());
        String lastLine = lines.get(last - 1).stripTrailing();
        int end = lineStarts[last - 1] + lastLine.codePointCount(0, lastLine.length());
        return new Span(start, Math.max(start, end));
    }

    /** The text between two code point positions. */
    String cut(int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    /** A selection of the text in code points, {@code start} inclusive and {@code end} exclusive. */
    record Span(int start, int end) {
    }
}
