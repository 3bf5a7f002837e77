package dk.erfaringsgraf.ingest;

import java.util.List;

/**
 * One page of a PDF as rows of words: a row holds the words on one baseline across the whole page width,
 * before columns are found, top to bottom; each row's words left to right.
 *
 * @param number 1-based page number
 * @param height page height in points, to compare positions across pages
 */
record PdfPage(int number, float height, List<List<PdfWord>> rows) {

    PdfPage {
        rows = List.copyOf(rows);
    }

    boolean hasText() {
        return !rows.isEmpty();
    }
}
