package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * List bullets drawn as shapes (a disc, a square, a ring) rather than as a glyph, as browsers print them: a
 * painted mark about the size of the text's x-height, set on a row's baseline band a short way left of a
 * word, with no text just before it. Each becomes a bullet word ("•", or "◦" for a ring) in its row, so the
 * rest of the reader takes the line for a list item exactly as it does a line with a bullet glyph. All
 * measures are in the size of the word the mark stands before.
 */
final class PdfBullets {

    /** Smallest and largest side of a bullet: a dot of punctuation is smaller, an icon or a box larger. */
    private static final float MIN_SIDE = 0.15f;
    private static final float MAX_SIDE = 0.6f;
    /** A bullet is centred between the baseline and this far above it (the x-height band and a little). */
    private static final float BAND = 0.6f;
    /** Most room between a bullet and its item's text: hanging indents leave about one em. */
    private static final float MAX_GAP = 2f;
    /** Least room before a bullet: it starts a line in its column, it is not a mark inside a line. */
    private static final float MIN_LEAD = 1f;

    private PdfBullets() {
    }

    /** {@code rows} with a bullet word before each word a drawn bullet marks; rows without one unchanged. */
    static List<List<PdfWord>> mark(List<List<PdfWord>> rows, List<PdfShapes.Mark> marks) {
        if (marks.isEmpty()) {
            return rows;
        }
        List<List<PdfWord>> out = new ArrayList<>(rows.size());
        for (List<PdfWord> row : rows) {
            out.add(markRow(row, marks));
        }
        return out;
    }

    private static List<PdfWord> markRow(List<PdfWord> row, List<PdfShapes.Mark> marks) {
        List<PdfWord> out = new ArrayList<>(row);
        Set<PdfWord> marked = new HashSet<>();
        for (PdfShapes.Mark mark : marks) {
            int next = next(row, mark);
            if (next >= 0 && marked.add(row.get(next))) {
                PdfWord word = row.get(next);
                out.add(new PdfWord(mark.filled() ? "•" : "◦", mark.x0(), mark.x1(), word.baseline(), word.size(),
                        word.bold(), word.italic()));
            }
        }
        if (marked.isEmpty()) {
            return row;
        }
        out.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        return out;
    }

    /** Index of the word in {@code row} that {@code mark} is the bullet of, or -1. */
    private static int next(List<PdfWord> row, PdfShapes.Mark mark) {
        for (int i = 0; i < row.size(); i++) {
            PdfWord word = row.get(i);
            if (word.x0() < mark.x1()) {
                continue;
            }
            float size = word.size();
            float side = Math.max(mark.width(), mark.height());
            boolean bulletSized = side >= MIN_SIDE * size && side <= MAX_SIDE * size;
            boolean onBaseline = mark.middle() <= word.baseline() && mark.middle() >= word.baseline() - BAND * size;
            boolean near = word.x0() - mark.x1() <= MAX_GAP * size;
            boolean leads = i == 0 || row.get(i - 1).x1() <= mark.x0() - MIN_LEAD * size;
            return bulletSized && onBaseline && near && leads ? i : -1;
        }
        return -1;
    }
}
