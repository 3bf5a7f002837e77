package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;

/**
 * List bullets painted as shapes, as browsers print them, with no bullet glyph in the text layer: discs drawn
 * with curves (some under a scaling transformation, as Chromium draws its pages), a square, a ring.
 */
class PdfBulletsTest {

    private static final PDType1Font TIMES = new PDType1Font(FontName.TIMES_ROMAN);
    private static final float SIZE = 11;
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    /** Circle control-point distance for a radius of 1. */
    private static final float KAPPA = 0.5523f;

    private interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    @Test
    void shapesBeforeLinesMakeListItemsWithTheTextAfterThem() throws IOException {
        byte[] pdf = pdf(content -> {
            text(content, 72, 100, "Vi har i krisen lært, at samarbejdet på tværs af");
            text(content, 72, 114, "organisationen giver gode løsninger for borgerne.");
            disc(content, 80, 131, 1.75f, 1);
            text(content, 92, 134, "Faste møder på Teams mellem centrene, som alle");
            text(content, 92, 148, "kan deltage i hjemmefra.");
            disc(content, 80, 159, 1.75f, 0.75f);
            text(content, 92, 162, "En fælles plan for værnemidler.");
            content.addRect(78.5f, HEIGHT - 177.5f, 3.5f, 3.5f);
            content.fill();
            text(content, 92, 176, "Jobbanken giver indsigt på tværs.");
            ring(content, 80, 187, 1.75f);
            text(content, 92, 190, "Små teams giver fleksibilitet.");
            String before = "Se tallene i tabellen, de står for sig.";
            text(content, 72, 212, before);
            float icon = 72 + TIMES.getStringWidth(before) / 1000 * SIZE + 3;
            content.addRect(icon, HEIGHT - 212, 3.5f, 3.5f);
            content.fill();
            text(content, icon + 7, 212, "Ikon");
            content.addRect(72, HEIGHT - 300, 200, 60);
            content.fill();
        });

        List<String> blocks = new PdfReader().read("figurer.pdf", pdf, new ArrayList<>()).blocks().stream()
                .map(b -> b.type() + ": " + b.text()).toList();

        assertEquals(List.of(
                "PARAGRAPH: Vi har i krisen lært, at samarbejdet på tværs af organisationen giver gode løsninger for"
                        + " borgerne.",
                "LIST_ITEM: Faste møder på Teams mellem centrene, som alle kan deltage i hjemmefra.",
                "LIST_ITEM: En fælles plan for værnemidler.",
                "LIST_ITEM: Jobbanken giver indsigt på tværs.",
                "LIST_ITEM: Små teams giver fleksibilitet.",
                "PARAGRAPH: Se tallene i tabellen, de står for sig. Ikon"), blocks);
    }

    @Test
    void theTextLayerShowsADrawnBulletAsABulletGlyph() throws IOException {
        byte[] pdf = pdf(content -> {
            disc(content, 80, 131, 1.75f, 1);
            text(content, 92, 134, "Faste møder på Teams.");
            ring(content, 80, 148, 1.75f);
            text(content, 92, 151, "Små teams.");
        });

        Document document = new PdfReader().read("punkter.pdf", pdf, new ArrayList<>());

        assertEquals(List.of("• Faste møder på Teams.", "", "◦ Små teams."), document.lines());
    }

    /** One line of Times at x and a baseline y points from the top. */
    private static void text(PDPageContentStream content, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(TIMES, SIZE);
        content.newLineAtOffset(x, HEIGHT - y);
        content.showText(text);
        content.endText();
    }

    /** A filled disc centred at x and y from the top, drawn in a space scaled by {@code scale}. */
    private static void disc(PDPageContentStream content, float x, float y, float r, float scale) throws IOException {
        content.saveGraphicsState();
        content.transform(Matrix.getScaleInstance(scale, scale));
        circle(content, x / scale, (HEIGHT - y) / scale, r / scale);
        content.fill();
        content.restoreGraphicsState();
    }

    private static void ring(PDPageContentStream content, float x, float y, float r) throws IOException {
        circle(content, x, HEIGHT - y, r);
        content.stroke();
    }

    private static void circle(PDPageContentStream content, float cx, float cy, float r) throws IOException {
        float k = KAPPA * r;
        content.moveTo(cx + r, cy);
        content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        content.closePath();
    }

    private static byte[] pdf(Drawing drawing) throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                drawing.draw(content);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
