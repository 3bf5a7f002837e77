package dk.erfaringsgraf.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs PDFBox finds on each page (after its removal of duplicated overlapping text) and
 * groups them into rows (glyphs on one baseline) and words (split at space glyphs and at gaps wider than
 * letter spacing). Positions are PDFBox's direction-adjusted ones: x from the left, y down from the top.
 * Bullets the page draws as shapes join their rows as bullet words ({@link PdfBullets}).
 */
final class PdfWords extends PDFTextStripper {

    /** A baseline shift up to this share of the font size is still the same row (accents, super-scripts). */
    private static final float ROW_TOLERANCE = 0.35f;
    /** A gap wider than this share of the font size separates words; letter spacing is far below it. */
    private static final float WORD_GAP = 0.15f;

    private final List<PdfPage> pages = new ArrayList<>();
    private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();

    private PdfWords() {
        setSortByPosition(false);
    }

    /** The pages of {@code document}, every page present, those without text having no rows. */
    static List<PdfPage> read(PDDocument document) throws IOException {
        PdfWords words = new PdfWords();
        words.getText(document);
        List<PdfPage> all = new ArrayList<>();
        for (int n = 1; n <= document.getNumberOfPages(); n++) {
            int number = n;
            all.add(words.pages.stream().filter(p -> p.number() == number).findFirst()
                    .orElse(new PdfPage(n, document.getPage(n - 1).getMediaBox().getHeight(), List.of())));
        }
        return all;
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        getCharactersByArticle().forEach(glyphs::addAll);
        float height = getCurrentPage().getMediaBox().getHeight();
        List<List<PdfWord>> rows = rows(glyphs);
        if (!rows.isEmpty()) {
            rows = PdfBullets.mark(rows, PdfShapes.of(getCurrentPage()));
        }
        pages.add(new PdfPage(getCurrentPageNo(), height, rows));
    }

    private List<List<PdfWord>> rows(List<TextPosition> glyphs) {
        List<TextPosition> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<PdfWord>> rows = new ArrayList<>();
        List<TextPosition> row = new ArrayList<>();
        float rowY = 0;
        for (TextPosition g : sorted) {
            if (!row.isEmpty() && g.getYDirAdj() - rowY > ROW_TOLERANCE * size(g)) {
                addRow(rows, row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                rowY = g.getYDirAdj();
            }
            row.add(g);
        }
        addRow(rows, row);
        return rows;
    }

    private void addRow(List<List<PdfWord>> rows, List<TextPosition> row) {
        row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        List<PdfWord> words = new ArrayList<>();
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition g : row) {
            boolean space = g.getUnicode() == null || g.getUnicode().isBlank();
            if (!word.isEmpty() && (space || gap(word.get(word.size() - 1), g) > WORD_GAP * size(g))) {
                words.add(word(word));
                word = new ArrayList<>();
            }
            if (!space) {
                word.add(g);
            }
        }
        if (!word.isEmpty()) {
            words.add(word(word));
        }
        if (!words.isEmpty()) {
            rows.add(words);
        }
    }

    private static float gap(TextPosition previous, TextPosition next) {
        return next.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
    }

    private PdfWord word(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        glyphs.forEach(g -> text.append(g.getUnicode()));
        TextPosition first = glyphs.get(0);
        TextPosition last = glyphs.get(glyphs.size() - 1);
        boolean bold = glyphs.stream().allMatch(g -> style(g.getFont())[0]);
        boolean italic = glyphs.stream().allMatch(g -> style(g.getFont())[1]);
        float baseline = (float) glyphs.stream().mapToDouble(TextPosition::getYDirAdj).max().orElseThrow();
        return new PdfWord(text.toString(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                baseline, size(first), bold, italic);
    }

    /** Font size in points, rounded to half points so one style compares equal throughout. */
    private static float size(TextPosition g) {
        return Math.round(g.getFontSizeInPt() * 2) / 2f;
    }

    /** Bold and italic, from the font name ("Helvetica-BoldOblique") or its descriptor's flags and weight. */
    private boolean[] style(PDFont font) {
        return styles.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor d = f.getFontDescriptor();
            boolean bold = name.matches(".*(bold|black|heavy|semibold|demi).*")
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600);
            boolean italic = name.matches(".*(italic|oblique).*") || d != null && d.isItalic();
            return new boolean[] {bold, italic};
        });
    }
}
