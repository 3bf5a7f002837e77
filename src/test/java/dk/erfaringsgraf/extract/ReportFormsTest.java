package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.ingest.TextReader;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.DocxRendering;
import dk.erfaringsgraf.testing.HtmlRendering;
import dk.erfaringsgraf.testing.PdfRendering;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Sorø report typeset as its users receive it — a two-column PDF with headings in a larger bold font, a
 * Word document with heading, list and quote styles, a web page — gives back its opportunities, challenges,
 * ideas and quotes with the same kind and chapter. Every file is generated here from the report's own blocks;
 * nothing binary is committed.
 */
class ReportFormsTest {

    /** The findings a form must keep; observations are prose whose paragraphing a typesetter may change. */
    private static final Set<ItemKind> KEPT = EnumSet.of(ItemKind.OPPORTUNITY, ItemKind.CHALLENGE,
            ItemKind.RECOMMENDATION, ItemKind.QUOTE);
    private static final double MIN_SHARE = 0.95;

    private static List<Block> blocks;
    private static List<String> expected;

    @BeforeAll
    static void readTheText() {
        var document = new TextReader().read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE), new ArrayList<>());
        blocks = document.blocks();
        expected = findings(Templates.standard().parse(document));
    }

    @Test
    void asATwoColumnPdf() {
        assertKept("pdf", new PdfRendering(2, PdfRendering.HEADER, true).render(blocks));
    }

    @Test
    void asWord() {
        assertKept("docx", DocxRendering.docx(blocks));
    }

    @Test
    void asAWebPage() {
        assertKept("html", HtmlRendering.bytes(blocks));
    }

    private static void assertKept(String extension, byte[] bytes) {
        ParsedFile parsed = Templates.standard().parse(Documents.read("soroe." + extension, bytes, new ArrayList<>()));
        List<String> got = findings(parsed);
        List<String> missing = new ArrayList<>(expected);
        got.forEach(missing::remove);
        double share = 1 - (double) missing.size() / expected.size();
        System.out.printf("%s: %d of %d findings back with kind and chapter (%.1f %%), read by %s%n", extension,
                expected.size() - missing.size(), expected.size(), 100 * share, parsed.template());
        assertTrue(share >= MIN_SHARE, extension + ": " + String.format("%.3f", share) + " kept; lost:\n"
                + String.join("\n", missing));
    }

    private static List<String> findings(ParsedFile parsed) {
        return parsed.items().stream().filter(i -> KEPT.contains(i.kind()))
                .map(i -> i.kind().id() + " | " + i.section() + " | " + i.text()).toList();
    }
}
