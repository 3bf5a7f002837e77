package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.HtmlRendering;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static Document read(String file, byte[] bytes) {
        return new HtmlReader().read(file, bytes, new ArrayList<>());
    }

    private static List<String> shape(String html) {
        return RichBlocks.shape(read("side.html", html.getBytes(StandardCharsets.UTF_8)).blocks());
    }

    @Test
    void everyBlockComesBackWithItsTypeLevelAndText() {
        List<Block> blocks = RichBlocks.sample();
        Document doc = read("rapport.html", HtmlRendering.bytes(blocks));
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(doc.blocks()));
        assertEquals("html", doc.format());
        assertEquals("UTF-8", doc.charset());
    }

    @Test
    void linesAreOneLinePerBlockWithBlankLinesBetween() {
        Document doc = read("rapport.html", HtmlRendering.bytes(RichBlocks.sample()));
        assertEquals(19, doc.lineCount());
        for (int i = 0; i < doc.blocks().size(); i++) {
            Block b = doc.blocks().get(i);
            assertEquals(2 * i + 1, b.line());
            assertEquals(b.text(), doc.line(b.line()));
            assertEquals(0, b.page());
        }
    }

    @Test
    void navigationFooterScriptsAndFurnitureNeverAppear() {
        List<Block> blocks = new ArrayList<>(RichBlocks.sample());
        blocks.add(0, Block.of(BlockType.FURNITURE, 0, "Du er her: Forside › Rapporter", 1, 1));
        Document doc = read("rapport.html", HtmlRendering.bytes(blocks));
        String all = String.join("\n", doc.lines());
        for (String furniture : HtmlRendering.FURNITURE_TEXTS) {
            assertTrue(!all.contains(furniture), furniture);
        }
        assertTrue(!all.contains("Du er her"));
        assertEquals(RichBlocks.shape(RichBlocks.sample()), RichBlocks.shape(doc.blocks()));
    }

    @Test
    void tableRowsAreRowBlocksAndTheCaptionACaption() {
        List<Block> blocks = List.of(Block.of(BlockType.PARAGRAPH, 0, "Før tabellen.", 1, 1),
                Block.of(BlockType.TABLE_ROW, 0, "Tema | Antal udsagn", 1, 1),
                Block.of(BlockType.TABLE_ROW, 0, "Teams | 12", 1, 1));
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(read("t.html", HtmlRendering.bytes(blocks)).blocks()));
        assertEquals(List.of("CAPTION/0/Tabel 1. Udsagn", "TABLE_ROW/0/Tema | Antal", "TABLE_ROW/0/Teams | 12"),
                shape("<table><caption>Tabel 1. Udsagn</caption><thead><tr><th>Tema</th><th>Antal</th></tr></thead>"
                        + "<tr><td>Teams</td><td>12</td></tr><tr><td> </td><td></td></tr></table>"));
    }

    @Test
    void looseTextInContainersIsProseAndInlineMarkupJoinsIntoIt() {
        assertEquals(List.of("PARAGRAPH/0/Indledende tekst med fed og link.", "HEADING/2/Afsnit",
                        "PARAGRAPH/0/Efter overskriften i en section.", "PARAGRAPH/0/Ord med nbsp ind imellem."),
                shape("<div>Indledende  tekst med <b>fed</b> og <a href='#'>link</a>.<h2>Afsnit</h2>"
                        + "<section>\nEfter overskriften\n i en section.</section><p>Ord&nbsp;med nbsp<br>ind imellem.</p></div>"));
    }

    @Test
    void listItemsTakeTheirNestingDepthAndOwnTextOnly() {
        assertEquals(List.of("LIST_ITEM/1/Første punkt", "LIST_ITEM/2/Underpunkt a", "LIST_ITEM/2/Underpunkt b",
                        "LIST_ITEM/1/Andet punkt i et afsnit", "LIST_ITEM/1/Nummereret"),
                shape("<ul><li>Første <em>punkt</em><ul><li>Underpunkt a</li><li>Underpunkt b</li></ul></li>"
                        + "<li><p>Andet punkt i et afsnit</p></li></ul><ol><li>Nummereret</li></ol>"));
    }

    @Test
    void blockquoteParagraphsAreQuotesAndItsFooterTheAttribution() {
        assertEquals(List.of("QUOTE/0/Første del af citatet.", "QUOTE/0/Anden del.", "PARAGRAPH/0/– Leder, Sorø",
                        "QUOTE/0/Kort citat uden afsnit.", "CAPTION/0/Foto: Rådhuset"),
                shape("<blockquote><p>Første del af citatet.</p><p>Anden del.</p><footer>– Leder, Sorø</footer>"
                        + "</blockquote><blockquote>Kort citat uden afsnit.</blockquote>"
                        + "<figure><img src='a.jpg'><figcaption>Foto: Rådhuset</figcaption></figure>"));
    }

    @Test
    void pageFrameAndMenusAreDroppedButAnArticleHeaderIsKept() {
        assertEquals(List.of("HEADING/1/Erfaringer fra krisen", "PARAGRAPH/0/Brødtekst."),
                shape("<header><h1>Sorø Kommune</h1></header><div role='navigation'>Til forsiden</div>"
                        + "<article><header><h1>Erfaringer fra krisen</h1></header><p>Brødtekst.</p>"
                        + "<footer>Del på Facebook</footer></article><aside>Se også</aside>"
                        + "<form><label>Søg</label><input></form><noscript>Slå JavaScript til</noscript>"));
    }

    @Test
    void charsetComesFromTheMetaTagOrTheByteOrderMark() {
        Charset cp1252 = Charset.forName("windows-1252");
        Document meta = read("gammel.htm", ("<html><head><meta http-equiv='Content-Type' content='text/html; "
                + "charset=windows-1252'></head><body><p>Æbler, øl og ål – “citat”</p></body></html>").getBytes(cp1252));
        assertEquals("windows-1252", meta.charset());
        assertEquals("Æbler, øl og ål – “citat”", meta.blocks().get(0).text());
        byte[] utf16 = "\uFEFF<p>Sorø Kommune</p>".getBytes(StandardCharsets.UTF_16LE);
        Document bom = read("bom.html", utf16);
        assertEquals("UTF-16", bom.charset());
        assertEquals("Sorø Kommune", bom.blocks().get(0).text());
    }

    @Test
    void undeclaredNonUtf8BytesAreWarnedAbout() {
        List<String> warnings = new ArrayList<>();
        new HtmlReader().read("latin1.html", "<p>Sorø</p>".getBytes(StandardCharsets.ISO_8859_1), warnings);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("latin1.html: bytes not valid in UTF-8"), warnings.get(0));
    }

    @Test
    void aPageWithOnlyFurnitureIsRefusedByName() {
        InputException e = assertThrows(InputException.class, () -> read("menu.html",
                "<nav><a>Forside</a></nav><script>var x = 1;</script><footer>Kontakt</footer>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("menu.html: contains no text", e.getMessage());
        assertThrows(InputException.class, () -> read("tom.html", new byte[0]));
    }

    @Test
    void theSoroeReportSurvivesTheWebWithEveryHeadingAndListItem() {
        List<Block> blocks = RichBlocks.soroe();
        Document doc = Readers.standard().read("soroe.htm", HtmlRendering.bytes(blocks), new ArrayList<>());
        long headings = blocks.stream().filter(b -> b.is(BlockType.HEADING)).count();
        long items = blocks.stream().filter(b -> b.is(BlockType.LIST_ITEM)).count();
        System.out.printf("Sorø via HTML: %d blocks, %d headings, %d list items%n", blocks.size(), headings, items);
        assertEquals(RichBlocks.shape(blocks), RichBlocks.shape(doc.blocks()));
    }
}
