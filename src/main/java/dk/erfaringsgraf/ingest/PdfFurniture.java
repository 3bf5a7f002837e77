package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the lines that are layout, not report text, among the lines in a page's top or bottom margin (its
 * outer {@value #MARGIN} of the height) or first or last on the page: page numbers (a number, "Side 3",
 * "3 af 12") and running headers and footers (the same text, its numbers ignored, at about the same height
 * on at least half of the pages, and on two pages at least).
 */
final class PdfFurniture {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(side\\s*)?[-–]?\\s*\\d{1,4}\\s*[-–]?(\\s*(/|af|of)\\s*\\d{1,4})?");
    /** Share of the page height at top and bottom where page numbers stand. */
    private static final float MARGIN = 0.08f;
    /** Share of the page height a repeated line may move between pages. */
    private static final float SAME_HEIGHT = 0.03f;

    private PdfFurniture() {
    }

    /** The furniture lines among {@code lines} (all pages, each page's lines in reading order). */
    static Set<PdfLine> find(List<PdfPage> pages, List<PdfLine> lines) {
        Map<Integer, Float> heights = new HashMap<>();
        pages.forEach(p -> heights.put(p.number(), p.height()));
        Map<Integer, float[]> extents = new HashMap<>();
        for (PdfLine l : lines) {
            float[] e = extents.computeIfAbsent(l.page(), p -> new float[] {l.baseline(), l.baseline()});
            e[0] = Math.min(e[0], l.baseline());
            e[1] = Math.max(e[1], l.baseline());
        }
        Set<PdfLine> out = new HashSet<>();
        for (PdfLine line : lines) {
            if (PAGE_NUMBER.matcher(line.text().strip()).matches() && inMargin(line, extents, heights)) {
                out.add(line);
            }
        }
        long textPages = pages.stream().filter(PdfPage::hasText).count();
        List<PdfLine> margins = lines.stream().filter(l -> inMargin(l, extents, heights)).toList();
        out.addAll(repeated(margins, heights, Math.max(2, (int) Math.ceil(textPages / 2.0))));
        return out;
    }

    /** In the top or bottom margin of its page, or the top- or bottom-most line there. */
    private static boolean inMargin(PdfLine line, Map<Integer, float[]> extents, Map<Integer, Float> heights) {
        float height = heights.get(line.page());
        float y = line.baseline();
        float[] extent = extents.get(line.page());
        return y < MARGIN * height || y > (1 - MARGIN) * height || y <= extent[0] || y >= extent[1];
    }

    private static Set<PdfLine> repeated(List<PdfLine> lines, Map<Integer, Float> heights, int minPages) {
        Map<String, List<PdfLine>> byKey = new HashMap<>();
        lines.forEach(l -> byKey.computeIfAbsent(key(l), k -> new ArrayList<>()).add(l));
        Set<PdfLine> out = new HashSet<>();
        for (List<PdfLine> same : byKey.values()) {
            for (PdfLine line : same) {
                float tolerance = SAME_HEIGHT * heights.get(line.page());
                long pages = same.stream().filter(o -> Math.abs(o.baseline() - line.baseline()) <= tolerance)
                        .map(PdfLine::page).distinct().count();
                if (pages >= minPages) {
                    out.add(line);
                }
            }
        }
        return out;
    }

    private static String key(PdfLine line) {
        return TextJoiner.fold(line.text()).replaceAll("\\d+", "#").toLowerCase(Locale.ROOT);
    }
}
