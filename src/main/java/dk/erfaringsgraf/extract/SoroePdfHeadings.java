package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the section headings of the PDF rendition from layout alone (it has no table of contents): a
 * heading is a short capitalised line that does not end like a sentence or a broken word and is followed
 * by a full-width line of prose, the first line of the section's introduction. Body lines are never
 * followed by a full-width line while being short and unpunctuated themselves, except at paragraph ends,
 * which end with punctuation.
 */
record SoroePdfHeadings(Set<Integer> lines) {

    static final int MAX_HEADING = 60;
    /** Full text width in this PDF is about 110 characters; a two-column line is about 50. */
    static final int MIN_PROSE_WIDTH = 90;

    SoroePdfHeadings {
        lines = Set.copyOf(lines);
    }

    static SoroePdfHeadings find(Document document) {
        Set<Integer> found = new TreeSet<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            if (isHeadingShaped(document.line(n)) && nextIsProse(document, n)) {
                found.add(n);
            }
        }
        return new SoroePdfHeadings(found);
    }

    boolean contains(int line) {
        return lines.contains(line);
    }

    private static boolean isHeadingShaped(String line) {
        String s = TextJoiner.fold(line);
        if (s.length() < 3 || s.length() > MAX_HEADING || !Character.isUpperCase(s.codePointAt(0))) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return ".,:;!?-–".indexOf(last) < 0 && !line.strip().contains("   ")
                && !SoroePdfReader.isBullet(line) && SoroeLabel.of(s).isEmpty();
    }

    private static boolean nextIsProse(Document document, int line) {
        for (int n = line + 1; n <= document.lineCount(); n++) {
            if (!document.isBlank(n)) {
                return TextJoiner.fold(document.line(n)).length() >= MIN_PROSE_WIDTH;
            }
        }
        return false;
    }
}
