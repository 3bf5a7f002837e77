package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Readers;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import dk.erfaringsgraf.testing.PdfRendering;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committee-case conventions hold in every form: the Norddjurs case typeset in the test as Word and as a
 * web page and a two-column hyphenated PDF (from the text reader's blocks, as ItemsPerForm does) gives the same
 * findings (kind, section, text) as the plain-text dump, including its 10 recommendations.
 */
class CommitteeCaseFormsTest {

    private static final String FILE = CorpusFiles.NORDDJURS;

    private static ParsedFile parse(String name, byte[] bytes) {
        return Templates.standard().parse(Readers.standard().read(name, bytes, new ArrayList<>()));
    }

    private static List<String> findings(ParsedFile parsed) {
        return parsed.items().stream().map(i -> i.kind() + " | " + i.section() + " | " + i.text()).toList();
    }

    private static List<Block> blocks() {
        Document d = new TextReader().read(FILE, CorpusFiles.bytes(FILE), new ArrayList<>());
        return d.blocks();
    }

    @Test
    void wordGivesTheFindingsOfTheText() {
        ParsedFile txt = parse("norddjurs.txt", CorpusFiles.bytes(FILE));
        ParsedFile docx = parse("norddjurs.docx", DocxRendering.docx(blocks()));
        assertEquals("committee-case", docx.template());
        assertEquals(findings(txt), findings(docx));
        assertEquals(10, docx.items().stream().filter(i -> i.kind() == ItemKind.RECOMMENDATION).count());
    }

    @Test
    void webPageGivesTheFindingsOfTheText() {
        ParsedFile txt = parse("norddjurs.txt", CorpusFiles.bytes(FILE));
        ParsedFile html = parse("norddjurs.html", HtmlRendering.bytes(blocks()));
        assertEquals("committee-case", html.template());
        assertEquals(findings(txt), findings(html));
        assertEquals(10, html.items().stream().filter(i -> i.kind() == ItemKind.RECOMMENDATION).count());
    }

    @Test
    void twoColumnPdfGivesTheFindingsOfTheText() {
        ParsedFile txt = parse("norddjurs.txt", CorpusFiles.bytes(FILE));
        ParsedFile pdf = parse("norddjurs.pdf", new PdfRendering(2, "Rapport", true)
                .render(blocks().stream().filter(b -> !b.is(BlockType.FURNITURE)).toList()));
        assertEquals("committee-case", pdf.template());
        assertEquals(findings(txt), findings(pdf));
        assertTrue(pdf.items().stream().allMatch(i -> i.page() > 0), "PDF items name their page");
    }
}
