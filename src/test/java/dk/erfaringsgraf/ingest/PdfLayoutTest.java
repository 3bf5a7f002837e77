package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.junit.jupiter.api.Test;

/** Layouts written line by line with PDFBox, in Times, unlike {@code PdfRendering}'s: the rules are general. */
class PdfLayoutTest {

    private static final PDType1Font TIMES = new PDType1Font(FontName.TIMES_ROMAN);
    private static final PDType1Font TIMES_BOLD = new PDType1Font(FontName.TIMES_BOLD);

    /** Text lines of one page: font, size, x and baseline from the top. */
    private record Line(PDType1Font font, float size, float x, float y, String text) {
    }

    private static Line body(float y, String text) {
        return new Line(TIMES, 11, 72, y, text);
    }

    private static List<Line> page(int number) {
        List<Line> lines = new ArrayList<>(List.of(
                new Line(TIMES_BOLD, 11, 72, 100, number == 1 ? "Muligheder" : "Udfordringer"),
                body(116, "Vi har i krisen lært, at samarbejdet på tværs af"),
                body(130, "organisationen giver gode løsninger for borgerne."),
                body(150, "1. Faste møder på Teams mellem centrene."),
                body(164, "2. En fælles plan for værnemidler, som alle"),
                new Line(TIMES, 11, 86, 178, "centre kender og kan bruge."),
                new Line(TIMES, 9, 72, 200, "Foto: Jacob Vind"),
                new Line(TIMES, 9, 260, 800, "Side " + number + " af 2")));
        return lines;
    }

    @Test
    void boldLinesNumberedItemsCaptionsAndPageFootersInAnotherTypeface() throws IOException {
        Document document = new PdfReader().read("times.pdf", pdf(page(1), page(2)), new ArrayList<>());

        List<String> page1 = document.blocks().stream().filter(b -> b.page() == 1)
                .map(b -> b.type() + "/" + b.level() + ": " + b.text()).toList();
        assertEquals(List.of("HEADING/1: Muligheder",
                "PARAGRAPH/0: Vi har i krisen lært, at samarbejdet på tværs af organisationen giver gode løsninger"
                        + " for borgerne.",
                "LIST_ITEM/1: Faste møder på Teams mellem centrene.",
                "LIST_ITEM/1: En fælles plan for værnemidler, som alle centre kender og kan bruge.",
                "CAPTION/0: Foto: Jacob Vind",
                "FURNITURE/0: Side 1 af 2"), page1);
    }

    /** Body lines at the margin, a paragraph with its first line indented, and a block set in on both sides. */
    private static List<Line> setIn() {
        return List.of(
                body(100, "Corona-krisen har betydet en omvæltning i hverdagen for alle medarbejdere og ledere,"),
                body(114, "og mange har løst både eksisterende og helt nye opgaver på en ny og anderledes måde i"),
                body(128, "en tid, hvor meget var usikkert."),
                new Line(TIMES, 11, 90, 142, "Vi har samlet erfaringerne op i gruppeinterviews over Teams med ledere"),
                body(156, "og medarbejdere fra alle centre, og vi har fået et bredt, men ikke repræsentativt"),
                body(170, "udsnit af oplevelserne i organisationen."),
                new Line(TIMES, 11, 108, 190, "Jeg kunne ikke have været et bedre sted under krisen, for"),
                new Line(TIMES, 11, 108, 204, "vi har hjulpet hinanden på tværs og fundet løsninger"),
                new Line(TIMES, 11, 108, 218, "sammen, også hvor vi ikke plejer at arbejde sammen."),
                body(238, "Hvert emne præsenterer de muligheder og udfordringer, der er kommet til udtryk i"),
                body(252, "interviewene, og de ideer til løsninger, som organisationen selv har peget på."));
    }

    @Test
    void aBlockSetInOnBothSidesIsAQuoteAndAFirstLineIndentIsNot() throws IOException {
        Document document = new PdfReader().read("citat.pdf", pdf(setIn()), new ArrayList<>());

        assertEquals(List.of("PARAGRAPH", "PARAGRAPH", "QUOTE", "PARAGRAPH"),
                document.blocks().stream().map(b -> b.type().name()).toList());
        assertEquals("Jeg kunne ikke have været et bedre sted under krisen, for vi har hjulpet hinanden på tværs og"
                + " fundet løsninger sammen, også hvor vi ikke plejer at arbejde sammen.", document.blocks().get(2).text());
    }

    @Test
    void aPageOfSetInTextIsMeasuredAgainstTheColumnsOfTheOtherPages() throws IOException {
        List<Line> quotes = List.of(
                new Line(TIMES, 11, 108, 100, "Jeg kunne ikke have været et bedre sted under krisen, for"),
                new Line(TIMES, 11, 108, 114, "vi har hjulpet hinanden på tværs og fundet løsninger"),
                new Line(TIMES, 11, 108, 128, "sammen, også hvor vi ikke plejer at arbejde sammen."));

        Document document = new PdfReader().read("citater.pdf", pdf(setIn(), quotes), new ArrayList<>());

        assertEquals(List.of("QUOTE"), document.blocks().stream().filter(b -> b.page() == 2)
                .map(b -> b.type().name()).toList());
    }

    @Test
    void anEncryptedPdfIsRefusedWithPdfBoxsReason() throws IOException {
        PDDocument pdf = document(List.of(page(1)));
        pdf.protect(new StandardProtectionPolicy("ejer", "hemmelig", new AccessPermission()));

        InputException e = assertThrows(InputException.class,
                () -> new PdfReader().read("låst.pdf", save(pdf), new ArrayList<>()));

        assertTrue(e.getMessage().startsWith("låst.pdf: could not read the PDF: "), e.getMessage());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("password"), e.getMessage());
    }

    @SafeVarargs
    private static byte[] pdf(List<Line>... pages) throws IOException {
        return save(document(List.of(pages)));
    }

    private static PDDocument document(List<List<Line>> pages) throws IOException {
        PDDocument pdf = new PDDocument();
        for (List<Line> lines : pages) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (Line line : lines) {
                    content.beginText();
                    content.setFont(line.font(), line.size());
                    content.newLineAtOffset(line.x(), PDRectangle.A4.getHeight() - line.y());
                    content.showText(line.text());
                    content.endText();
                }
            }
        }
        return pdf;
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        try (pdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
