package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the body text of each column starts and ends, measured over the whole document rather than on one
 * page: a page whose column holds only list items or indented quotes has no line at the column's real left
 * edge, so indents judged against that page alone would vanish. Columns are matched by their place on pages
 * with as many columns, and by the page's side where the two sides are set differently (mirrored margins;
 * a side is measured on its own only over two pages at least, as one page may be all set in).
 * The left edge is where the {@value #SHARED}nd leftmost line starts, so one stray line set out into the
 * margin does not move it; the right edge is the farthest any line on the page reaches in the column, or
 * the {@value #SHARED}nd farthest in the document's same column when that is farther. A column seen on too
 * few lines keeps the edges its page gives it, as do lines that span the columns.
 */
final class PdfFrames {

    /** Lines that must reach an edge for it to count: one alone is a stray. */
    private static final int SHARED = 2;

    /** A column's place: on pages of {@code columns} columns, its index, and the page's side (-1: either). */
    private record Slot(int columns, int column, int side) {
    }

    private final Map<Slot, float[]> edges = new HashMap<>();
    private final Map<Integer, Integer> columns = new HashMap<>();

    /** The frames of the columns {@code lines} (text lines, no furniture) are set in. */
    PdfFrames(List<PdfLine> lines) {
        lines.forEach(l -> columns.merge(l.page(), l.column() + 1, Math::max));
        Map<Slot, List<PdfLine>> slots = new HashMap<>();
        for (PdfLine line : lines) {
            if (line.column() >= 0) {
                slots.computeIfAbsent(slot(line, line.page() % 2), s -> new ArrayList<>()).add(line);
                slots.computeIfAbsent(slot(line, -1), s -> new ArrayList<>()).add(line);
            }
        }
        slots.forEach((slot, in) -> {
            boolean pages = slot.side() < 0 || in.stream().map(PdfLine::page).distinct().count() > 1;
            if (in.size() >= SHARED && pages) {
                float[] starts = sorted(in.stream().mapToDouble(PdfLine::x0).toArray());
                float[] ends = sorted(in.stream().mapToDouble(PdfLine::x1).toArray());
                edges.put(slot, new float[] {starts[SHARED - 1], ends[ends.length - SHARED]});
            }
        });
    }

    /** Where the body text of the line's column starts. */
    float left(PdfLine line) {
        return edges(line)[0];
    }

    /** Where the body text of the line's column ends. */
    float right(PdfLine line) {
        return Math.max(line.right(), edges(line)[1]);
    }

    private float[] edges(PdfLine line) {
        if (line.column() < 0) {
            return new float[] {line.left(), line.right()};
        }
        float[] side = edges.get(slot(line, line.page() % 2));
        float[] either = edges.get(slot(line, -1));
        return side != null ? side : either != null ? either : new float[] {line.left(), line.right()};
    }

    private Slot slot(PdfLine line, int side) {
        return new Slot(columns.getOrDefault(line.page(), 1), line.column(), side);
    }

    private static float[] sorted(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
