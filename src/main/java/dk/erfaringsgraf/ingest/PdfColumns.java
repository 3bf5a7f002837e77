package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the columns of a page and puts its lines in reading order. A gutter is an x range that only a few
 * rows cross (headings, running headers: at most {@value #CROSSING} of the page's characters; rows of a
 * few characters such as page numbers are not counted),
 * at least {@value #MIN_GUTTER} of the body font size wide, with text on both sides over several rows and
 * each side a real share of the text width. Rows that cross a gutter span the page and cut it into bands;
 * within a band the columns are read left to right, each top to bottom, so a full-width heading above two
 * columns stays first.
 */
final class PdfColumns {

    private static final double CROSSING = 0.3;
    private static final float MIN_GUTTER = 0.8f;
    private static final double MIN_SIDE = 0.2;
    private static final int MIN_ROWS = 2;
    /** Rows of fewer characters (page numbers, lone glyphs) do not shape the columns. */
    private static final int MIN_ROW_CHARS = 4;

    private final List<List<PdfWord>> rows;
    private final float minX;
    private final float maxX;

    private PdfColumns(List<List<PdfWord>> rows) {
        this.rows = rows;
        this.minX = (float) rows.stream().flatMap(List::stream).mapToDouble(PdfWord::x0).min().orElse(0);
        this.maxX = (float) rows.stream().flatMap(List::stream).mapToDouble(PdfWord::x1).max().orElse(0);
    }

    /** The lines of {@code page} in reading order. */
    static List<PdfLine> lines(PdfPage page) {
        return page.hasText() ? new PdfColumns(page.rows()).order(page.number()) : List.of();
    }

    private List<PdfLine> order(int page) {
        List<float[]> gutters = gutters();
        List<List<PdfWord>> band = new ArrayList<>();
        List<PdfLine> out = new ArrayList<>();
        Map<Integer, float[]> edges = edges(gutters);
        for (List<PdfWord> row : rows) {
            if (crosses(row, gutters)) {
                flush(band, gutters, edges, page, out);
                out.add(new PdfLine(page, -1, row, minX, maxX));
            } else {
                band.add(row);
            }
        }
        flush(band, gutters, edges, page, out);
        return out;
    }

    private void flush(List<List<PdfWord>> band, List<float[]> gutters, Map<Integer, float[]> edges, int page,
                       List<PdfLine> out) {
        for (int c = 0; c <= gutters.size(); c++) {
            for (List<PdfWord> row : band) {
                int column = c;
                List<PdfWord> words = row.stream().filter(w -> column(w, gutters) == column).toList();
                if (!words.isEmpty()) {
                    float[] e = edges.getOrDefault(c, new float[] {minX, maxX});
                    out.add(new PdfLine(page, c, words, e[0], e[1]));
                }
            }
        }
        band.clear();
    }

    /**
     * Left and right edge of each column: the extent of the words in it on rows that do not cross and are
     * more than a page number.
     */
    private Map<Integer, float[]> edges(List<float[]> gutters) {
        Map<Integer, float[]> edges = new HashMap<>();
        for (List<PdfWord> row : rows) {
            if (crosses(row, gutters) || chars(row) < MIN_ROW_CHARS) {
                continue;
            }
            for (PdfWord w : row) {
                float[] e = edges.computeIfAbsent(column(w, gutters), c -> new float[] {w.x0(), w.x1()});
                e[0] = Math.min(e[0], w.x0());
                e[1] = Math.max(e[1], w.x1());
            }
        }
        return edges;
    }

    private static int column(PdfWord w, List<float[]> gutters) {
        int c = 0;
        while (c < gutters.size() && w.center() > gutters.get(c)[1]) {
            c++;
        }
        return c;
    }

    private static boolean crosses(List<PdfWord> row, List<float[]> gutters) {
        return row.stream().anyMatch(w -> gutters.stream().anyMatch(g -> w.overlaps(g[0], g[1])));
    }

    /** The gutters of the page, left to right, as {from, to} x ranges. */
    private List<float[]> gutters() {
        int[] coverage = coverage();
        int total = rows.stream().mapToInt(PdfColumns::chars).filter(c -> c >= MIN_ROW_CHARS).sum();
        float body = bodySize();
        List<float[]> out = new ArrayList<>();
        int i = 0;
        while (i < coverage.length) {
            if (coverage[i] > CROSSING * total) {
                i++;
                continue;
            }
            int end = i;
            while (end < coverage.length && coverage[end] <= CROSSING * total) {
                end++;
            }
            float[] core = core(coverage, i, end);
            if (core[0] > minX && core[1] < maxX && qualifies(core, body)) {
                out.add(core);
            }
            i = end;
        }
        return out;
    }

    /** The widest stretch of bins in [from, to) where coverage is at its minimum: the gutter proper. */
    private float[] core(int[] coverage, int from, int to) {
        int min = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            min = Math.min(min, coverage[i]);
        }
        int bestStart = from;
        int bestLength = 0;
        int start = -1;
        for (int i = from; i <= to; i++) {
            boolean atMin = i < to && coverage[i] == min;
            if (atMin && start < 0) {
                start = i;
            } else if (!atMin && start >= 0) {
                if (i - start > bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = -1;
            }
        }
        return new float[] {minX + bestStart, minX + bestStart + bestLength};
    }

    private boolean qualifies(float[] gutter, float body) {
        float width = maxX - minX;
        if (gutter[1] - gutter[0] < MIN_GUTTER * body
                || gutter[0] - minX < MIN_SIDE * width || maxX - gutter[1] < MIN_SIDE * width) {
            return false;
        }
        long left = rows.stream().filter(r -> r.stream().anyMatch(w -> w.x1() <= gutter[0])).count();
        long right = rows.stream().filter(r -> r.stream().anyMatch(w -> w.x0() >= gutter[1])).count();
        return left >= MIN_ROWS && right >= MIN_ROWS;
    }

    /** Per 1-point bin from minX: the characters of the rows having a word over the bin. */
    private int[] coverage() {
        int[] coverage = new int[Math.max(1, (int) Math.ceil(maxX - minX))];
        for (List<PdfWord> row : rows) {
            if (chars(row) < MIN_ROW_CHARS) {
                continue;
            }
            boolean[] covered = new boolean[coverage.length];
            for (PdfWord w : row) {
                int from = (int) Math.floor(w.x0() - minX);
                int to = Math.min(coverage.length, (int) Math.ceil(w.x1() - minX));
                for (int b = Math.max(0, from); b < to; b++) {
                    covered[b] = true;
                }
            }
            int chars = chars(row);
            for (int b = 0; b < coverage.length; b++) {
                coverage[b] += covered[b] ? chars : 0;
            }
        }
        return coverage;
    }

    /** The font size of most characters on the page. */
    private float bodySize() {
        Map<Float, Integer> chars = new HashMap<>();
        rows.forEach(r -> r.forEach(w -> chars.merge(w.size(), w.text().length(), Integer::sum)));
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    private static int chars(List<PdfWord> row) {
        return row.stream().mapToInt(w -> w.text().length()).sum();
    }
}
