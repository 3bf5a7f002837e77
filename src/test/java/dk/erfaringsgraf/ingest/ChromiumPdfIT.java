package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page printed to PDF by headless Chromium, which paints list bullets as shapes and sets a blockquote
 * in on both sides without italics, read back by the PDF reader.
 */
class ChromiumPdfIT {

    private static final String PAGE = """
            <!DOCTYPE html><html lang="da"><head><meta charset="utf-8">
            <style>body{column-count:2;column-gap:2em;font:10pt serif}</style></head><body>
            <p>Corona-krisen har betydet en omvæltning i hverdagen for alle medarbejdere og ledere, og mange har løst
            både eksisterende og helt nye opgaver på en ny og anderledes måde.</p>
            <ul><li>Faste møder på Teams mellem centrene, som alle kan deltage i hjemmefra.</li>
            <li>En fælles plan for værnemidler.</li>
            <li>Jobbanken giver indsigt og forståelse på tværs af organisationen.</li></ul>
            <blockquote><p>Jeg kunne ikke have været et bedre sted under krisen, for vi har hjulpet hinanden på tværs
            og fundet løsninger sammen, også hvor vi ikke plejer at arbejde sammen.</p></blockquote>
            <p>Hvert emne præsenterer de muligheder og udfordringer, der er kommet til udtryk i interviewene.</p>
            </body></html>
            """;

    @Test
    void drawnBulletsAreListItemsAndABlockquoteIsAQuote(@TempDir Path dir) throws IOException, InterruptedException {
        Path html = dir.resolve("side.html");
        Path pdf = dir.resolve("side.pdf");
        Files.writeString(html, PAGE);
        assertTrue(Files.isExecutable(Browser.CHROMIUM), "needs " + Browser.CHROMIUM + " (apt-get install chromium)");
        Process print = new ProcessBuilder(Browser.CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-pdf-header-footer", "--print-to-pdf=" + pdf, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(0, print.waitFor());

        List<String> blocks = new PdfReader().read("side.pdf", Files.readAllBytes(pdf), new ArrayList<>()).blocks()
                .stream().map(b -> b.type() + ": " + b.text()).toList();

        assertEquals(List.of(
                "PARAGRAPH: Corona-krisen har betydet en omvæltning i hverdagen for alle medarbejdere og ledere, og"
                        + " mange har løst både eksisterende og helt nye opgaver på en ny og anderledes måde.",
                "LIST_ITEM: Faste møder på Teams mellem centrene, som alle kan deltage i hjemmefra.",
                "LIST_ITEM: En fælles plan for værnemidler.",
                "LIST_ITEM: Jobbanken giver indsigt og forståelse på tværs af organisationen.",
                "QUOTE: Jeg kunne ikke have været et bedre sted under krisen, for vi har hjulpet hinanden på tværs og"
                        + " fundet løsninger sammen, også hvor vi ikke plejer at arbejde sammen.",
                "PARAGRAPH: Hvert emne præsenterer de muligheder og udfordringer, der er kommet til udtryk i"
                        + " interviewene."), blocks);
    }
}
