package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.PdfRendering;
import dk.erfaringsgraf.testing.TypedBlocks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private static final String FILE = "rapport.pdf";
    private static final String[] SENTENCES = {
        "Corona-krisen har betydet en omvæltning i hverdagen for alle medarbejdere og ledere i kommunen.",
        "Nogle har sikret, at det nære sundhedsvæsen har kunnet håndtere patienter i en svær tid.",
        "Mange flere væsentlige og omfangsrige opgaver kunne nævnes, men her er kun nogle af dem",
        "Omstillingen i en akut nødsituation skaber læring og erfaring til brug i fremtiden.",
        "Vi skal have alt det bedste med til en hverdag, hvor det nye bliver normalt."
    };

    /** {@code sentences} sentences in an order drawn from {@code seed}, so no two pages repeat a line. */
    private static String prose(int sentences, int seed) {
        Random random = new Random(seed);
        return String.join(" ", IntStream.range(0, sentences)
                .mapToObj(i -> SENTENCES[random.nextInt(SENTENCES.length)]).toList());
    }

    private static Block block(BlockType type, int level, String text) {
        return Block.of(type, level, text, 1, 1);
    }

    private static List<Block> report() {
        return List.of(
                block(BlockType.HEADING, 1, "Læring og erfaring"),
                block(BlockType.PARAGRAPH, 0, prose(12, 0)),
                block(BlockType.HEADING, 2, "Samarbejde på tværs"),
                block(BlockType.PARAGRAPH, 0, prose(9, 1)),
                block(BlockType.LIST_ITEM, 1, "Alle faggrænser er ligegyldige, når vi hjælper hinanden."),
                block(BlockType.LIST_ITEM, 1, "Energi og sammenhængskraft fra kriseberedskabsmøderne skal med"
                        + " ind i en ny hverdag, også når krisen er ovre."),
                block(BlockType.LIST_ITEM, 1, "Det er forstyrrende ikke at kunne få sparring"),
                block(BlockType.QUOTE, 0, "Jeg kunne ikke have været et bedre sted under krisen end her."),
                block(BlockType.HEADING, 2, "Teknologi"),
                block(BlockType.PARAGRAPH, 0, prose(30, 2)),
                block(BlockType.PARAGRAPH, 0, prose(25, 3)),
                block(BlockType.HEADING, 1, "Ledelse"),
                block(BlockType.PARAGRAPH, 0, prose(20, 4)),
                block(BlockType.LIST_ITEM, 1, prose(4, 0)),
                block(BlockType.PARAGRAPH, 0, prose(20, 1)));
    }

    private static Document read(byte[] pdf, List<String> warnings) {
        return new PdfReader().read(FILE, pdf, warnings);
    }

    private static List<Block> text(Document document) {
        return document.blocks().stream().filter(b -> !b.is(BlockType.FURNITURE)).toList();
    }

    @Test
    void twoColumnReportComesBackBlockByBlock() {
        PdfRendering rendering = PdfRendering.twoColumns();
        byte[] pdf = rendering.render(report());
        Document document = read(pdf, new ArrayList<>());

        assertEquals(3, rendering.pages());
        assertSameBlocks(report(), text(document));
        assertEquals("pdf", document.format());
        assertEquals(List.of(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 3, 3, 3, 3),
                text(document).stream().map(Block::page).toList());
    }

    @Test
    void oneColumnReportComesBackBlockByBlock() {
        PdfRendering rendering = PdfRendering.oneColumn();
        Document document = read(rendering.render(report()), new ArrayList<>());

        assertEquals(3, rendering.pages());
        assertSameBlocks(report(), text(document));
    }

    @Test
    void pageNumbersAndRunningHeaderAreFurniture() {
        PdfRendering rendering = PdfRendering.twoColumns();
        Document document = read(rendering.render(report()), new ArrayList<>());

        List<Block> furniture = document.blocks().stream().filter(b -> b.is(BlockType.FURNITURE)).toList();
        assertEquals(List.of(PdfRendering.HEADER, "1", PdfRendering.HEADER, "2", PdfRendering.HEADER, "3"),
                furniture.stream().map(Block::text).toList());
        assertEquals(List.of(1, 1, 2, 2, 3, 3), furniture.stream().map(Block::page).toList());
    }

    @Test
    void linesAreTheRenderingInReadingOrderWithBlankLinesBetweenBlocks() {
        Document document = read(PdfRendering.twoColumns().render(report()), new ArrayList<>());

        Block heading = document.blocks().get(1);
        assertEquals(BlockType.HEADING, heading.type());
        assertEquals("Læring og erfaring", document.line(heading.line()));
        assertEquals(PdfRendering.HEADER, document.line(1));
        assertTrue(document.isBlank(2));
        Block item = text(document).get(4);
        assertEquals("• Alle faggrænser er ligegyldige, når vi hjælper", document.line(item.line()));
        assertEquals(item.line() + 1, item.lineTo());
        assertEquals("hinanden.", document.line(item.lineTo()));
        for (int i = 1; i < document.blocks().size(); i++) {
            Block before = document.blocks().get(i - 1);
            assertTrue(document.isBlank(document.blocks().get(i).line() - 1));
            assertTrue(before.lineTo() < document.blocks().get(i).line() || before.is(BlockType.FURNITURE)
                    || document.blocks().get(i).is(BlockType.FURNITURE), "blocks in reading order");
        }
    }

    @Test
    void aPdfWithoutTextNeedsOcr() throws IOException {
        InputException e = assertThrows(InputException.class, () -> read(drawing(2), new ArrayList<>()));

        assertEquals(FILE + ": the PDF has no text layer (2 pages); it needs OCR, which Erfaringsgraf does not do",
                e.getMessage());
    }

    @Test
    void garbageIsRefusedNamingTheFile() {
        InputException e = assertThrows(InputException.class,
                () -> read("not a pdf at all".getBytes(java.nio.charset.StandardCharsets.UTF_8), new ArrayList<>()));

        assertTrue(e.getMessage().startsWith(FILE + ": could not read the PDF: "), e.getMessage());
    }

    @Test
    void aPageWithoutTextIsWarnedAbout() throws IOException {
        PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(PdfRendering.oneColumn().render(report()));
        pdf.addPage(new PDPage(PDRectangle.A4));
        List<String> warnings = new ArrayList<>();

        Document document = read(save(pdf), warnings);

        assertEquals(List.of(FILE + " page 4: no text on the page (an image or blank page)"), warnings);
        assertSameBlocks(report(), text(document));
    }

    @Test
    void readersPickThePdfReaderByExtension() {
        assertEquals("pdf", Readers.standard().forFile("Rapport.PDF").orElseThrow().format());
    }

    @Test
    void soroeReportSurvivesTwoColumnTypesetting() {
        List<Block> source = TypedBlocks.of(CorpusFiles.SOROE);
        PdfRendering rendering = PdfRendering.twoColumns();
        Document document = read(rendering.render(source), new ArrayList<>());

        List<String> items = texts(source, BlockType.LIST_ITEM);
        List<String> found = new ArrayList<>(texts(document.blocks(), BlockType.LIST_ITEM));
        long back = items.stream().filter(found::remove).count();
        double share = (double) back / items.size();
        System.out.printf("Sorø as %d-page PDF: %d of %d list items back as LIST_ITEM (%.1f %%), %d blocks,"
                + " %d characters replaced%n", rendering.pages(), back, items.size(), 100 * share,
                document.blocks().size(), rendering.replaced());
        assertEquals(186, items.size());
        assertTrue(share >= 0.95, "list items back: " + share);
        List<String> read = new ArrayList<>(describe(text(document)));
        long same = describe(source).stream().filter(read::remove).count();
        System.out.printf("Sorø two-column: %d of %d blocks back with the same type and text%n", same, source.size());
        // measured when the test moved from one-line blocks to the text reader's own (reflowed, typed) blocks:
        // 426 of 441; the rest are paragraphs the columns split or join differently
        assertEquals(441, source.size());
        assertTrue(same >= 426, same + " of " + source.size());
    }

    @Test
    void hyphenatedSoroeReportComesBackDehyphenated() {
        List<Block> source = TypedBlocks.of(CorpusFiles.SOROE);
        Document document = read(new PdfRendering(2, PdfRendering.HEADER, true).render(source), new ArrayList<>());

        List<String> read = new ArrayList<>(describe(text(document)));
        long same = describe(source).stream().filter(read::remove).count();
        System.out.printf("Sorø hyphenated: %d of %d blocks back with the same type and text%n", same, source.size());
        // measured on the text reader's blocks: 421 of 441 (the test's own hyphenation breaks some words)
        assertTrue(same >= 421, same + " of " + source.size());
        List<String> found = new ArrayList<>(texts(document.blocks(), BlockType.LIST_ITEM));
        long items = texts(source, BlockType.LIST_ITEM).stream().filter(found::remove).count();
        assertTrue(items >= 0.98 * texts(source, BlockType.LIST_ITEM).size(), items + " list items back");
    }

    private static List<String> texts(List<Block> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.is(type)).map(b -> TextJoiner.fold(b.text())).toList();
    }

    static void assertSameBlocks(List<Block> expected, List<Block> actual) {
        List<String> e = describe(expected);
        List<String> a = describe(actual);
        for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
            assertEquals(e.get(i), a.get(i), "block " + (i + 1));
        }
        assertEquals(e.size(), a.size(), "blocks");
    }

    private static List<String> describe(List<Block> blocks) {
        return blocks.stream().map(b -> b.type() + "/" + (b.is(BlockType.HEADING) ? b.level() : 0) + ": "
                + TextJoiner.fold(b.text())).toList();
    }

    private static byte[] drawing(int pages) throws IOException {
        PDDocument pdf = new PDDocument();
        for (int i = 0; i < pages; i++) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.addRect(100, 100, 300, 400);
                content.fill();
            }
        }
        return save(pdf);
    }

    private static byte[] save(PDDocument pdf) throws IOException {
        try (pdf) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
