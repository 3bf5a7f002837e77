package dk.erfaringsgraf.ingest;

/**
 * A word as a PDF page lays it out: its text, horizontal extent and baseline in points from the page's
 * top-left corner, and its font's size and style.
 */
record PdfWord(String text, float x0, float x1, float baseline, float size, boolean bold, boolean italic) {

    float center() {
        return (x0 + x1) / 2;
    }

    boolean overlaps(float a, float b) {
        return x0 < b && x1 > a;
    }
}
