package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.DocxRendering;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

class DocxReaderTest {

    private static Document read(String file, byte[] bytes) {
        return new DocxReader().read(file, bytes, new ArrayList<>());
    }

    @Test
    void everyBlockComesBackWithItsTypeLevelAndText() {
        List<Block> blocks = RichBlocks.sample();
        Document doc = read("rapport.docx", DocxRendering.docx(blocks));
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(doc.blocks()));
        assertEquals("docx", doc.format());
    }

    @Test
    void linesAreOneParagraphPerBlockWithBlankLinesBetween() {
        Document doc = read("rapport.docx", DocxRendering.docx(RichBlocks.sample()));
        assertEquals(19, doc.lineCount());
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            assertEquals(2 * i + 1, b.line());
            assertEquals(b.line(), b.lineTo());
            assertEquals(0, b.page());
            assertEquals(b.text(), doc.line(b.line()));
        }
        assertTrue(doc.isBlank(2));
        assertTrue(!doc.paged());
    }

    @Test
    void tableRowsAreRowBlocksInPlace() {
        List<Block> blocks = new ArrayList<>(RichBlocks.sample().subList(0, 2));
        blocks.add(Block.of(BlockType.TABLE_ROW, 0, "Tema | Antal udsagn", 1, 1));
        blocks.add(Block.of(BlockType.TABLE_ROW, 0, "Teams | 12", 1, 1));
        blocks.add(Block.of(BlockType.PARAGRAPH, 0, "Efter tabellen.", 1, 1));
        Document doc = read("tabel.docx", DocxRendering.docx(blocks));
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(doc.blocks()));
    }

    @Test
    void pageHeaderTextIsNotRead() {
        List<Block> blocks = new ArrayList<>(RichBlocks.sample());
        blocks.add(2, Block.of(BlockType.FURNITURE, 0, "Sorø Kommune · Evaluering 2020", 1, 1));
        Document doc = read("sidehoved.docx", DocxRendering.docx(blocks));
        assertEquals(RichBlocks.shape(RichBlocks.sample()), RichBlocks.shape(doc.blocks()));
        assertTrue(doc.lines().stream().noneMatch(l -> l.contains("Evaluering 2020")));
    }

    @Test
    void headingsAreFoundThroughBasedOnOutlineLevelsAndDanishStyleIds() throws IOException {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = docx.createStyles();
            styles.addStyle(style(styles, "Heading2", "heading 2", null, -1));
            styles.addStyle(style(styles, "Kapitel", "Kapitel", "Heading2", -1));
            styles.addStyle(style(styles, "Mellemrubrik", "Mellemrubrik", null, 2));
            styles.addStyle(style(styles, "Citat", "Citat", null, -1));
            paragraph(docx, "Kapitel", "Kapitel via basedOn");
            paragraph(docx, "Mellemrubrik", "Rubrik via outline");
            paragraph(docx, "Overskrift1", "Overskrift via id");
            paragraph(docx, "Citat", "Et citat.");
            paragraph(docx, null, "Direkte outline").getCTP().addNewPPr().addNewOutlineLvl().setVal(BigInteger.ONE);
            docx.write(out);
            assertEquals(List.of("HEADING/2/Kapitel via basedOn", "HEADING/3/Rubrik via outline",
                            "HEADING/1/Overskrift via id", "QUOTE/0/Et citat.", "HEADING/2/Direkte outline"),
                    RichBlocks.shape(read("stile.docx", out.toByteArray()).blocks()));
        }
    }

    @Test
    void styleNamesInEnglishAndDanishMapToKinds() {
        assertEquals("HEADING/4", kind("Overskrift 4"));
        assertEquals("HEADING/1", kind("Title"));
        assertEquals("LIST_ITEM/2", kind("List Bullet 2"));
        assertEquals("LIST_ITEM/1", kind("Listeafsnit"));
        assertEquals("QUOTE/0", kind("Intense Quote"));
        assertEquals("CAPTION/0", kind("Billedtekst"));
        assertEquals("FURNITURE/0", kind("toc 2"));
        assertTrue(DocxStyles.byName("Normal").isEmpty());
    }

    @Test
    void aDocumentOfEmptyParagraphsIsRefusedByName() {
        InputException e = assertThrows(InputException.class,
                () -> read("tom.docx", DocxRendering.emptyParagraphs(6)));
        assertEquals("tom.docx: contains no text", e.getMessage());
    }

    @Test
    void garbageAndOtherZipsAreRefusedNamingTheFileAndCause() throws IOException {
        InputException garbage = assertThrows(InputException.class,
                () -> read("skrald.docx", "ikke et Word-dokument".getBytes(StandardCharsets.UTF_8)));
        assertTrue(garbage.getMessage().startsWith("skrald.docx: not a readable Word .docx file: "), garbage.getMessage());
        assertTrue(garbage.getCause() != null);
        InputException empty = assertThrows(InputException.class, () -> read("tom.docx", new byte[0]));
        assertTrue(empty.getMessage().startsWith("tom.docx: "), empty.getMessage());
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(zip)) {
            z.putNextEntry(new ZipEntry("readme.txt"));
            z.write("hej".getBytes(StandardCharsets.UTF_8));
        }
        InputException other = assertThrows(InputException.class, () -> read("zip.docx", zip.toByteArray()));
        assertEquals("zip.docx: not a readable Word .docx file: Package should contain a content type part [M1.13]",
                other.getMessage());
    }

    @Test
    void theSoroeReportSurvivesWordWithEveryHeadingAndListItem() {
        List<Block> blocks = RichBlocks.soroe();
        Document doc = Readers.standard().read("soroe.docx", DocxRendering.docx(blocks), new ArrayList<>());
        long headings = blocks.stream().filter(b -> b.is(BlockType.HEADING)).count();
        long items = blocks.stream().filter(b -> b.is(BlockType.LIST_ITEM)).count();
        System.out.printf("Sorø via DOCX: %d blocks, %d headings, %d list items%n", blocks.size(), headings, items);
        assertTrue(headings > 50 && items > 150, headings + " headings, " + items + " items");
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(doc.blocks()));
    }

    private static String kind(String name) {
        DocxStyles.Kind k = DocxStyles.byName(name).orElseThrow();
        return k.type() + "/" + k.level();
    }

    private static org.apache.poi.xwpf.usermodel.XWPFParagraph paragraph(XWPFDocument docx, String style, String text) {
        var p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        p.createRun().setText(text);
        return p;
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, String basedOn, int outline) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
        }
        if (outline >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        return new XWPFStyle(ct, styles);
    }
}
