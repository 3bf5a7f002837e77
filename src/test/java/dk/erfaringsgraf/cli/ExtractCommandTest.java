package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesOneJsonObjectPerItemWithProvenanceAndASummary() throws IOException {
        Path items = dir.resolve("items.jsonl");
        assertEquals(0, run("extract", "--out", items.toString()));
        List<String> lines = Files.readAllLines(items);
        assertEquals(673, lines.size());
        JsonNode first = JsonLines.mapper().readTree(lines.get(0));
        assertEquals(List.of("source", "file", "section", "kind", "kindBy", "text", "speaker", "themes", "actors",
                "actorsBySection", "line", "lineTo"),
                iterable(first), "no page: no bundled file is a paged form");
        JsonNode kjaer = lines.stream().map(this::json)
                .filter(n -> n.get("speaker").isObject() && "Søren S. Kjær".equals(n.get("speaker").get("person").asText()))
                .findFirst().orElseThrow();
        assertEquals("komdir-2020", kjaer.get("source").asText());
        assertEquals("Sorø Kommune", kjaer.get("speaker").get("organisation").asText());
        assertEquals(511, kjaer.get("line").asInt());
        assertEquals(513, kjaer.get("lineTo").asInt(), "the quote and its attribution line");
        JsonNode paragraph = lines.stream().map(this::json)
                .filter(n -> "komdir-2020".equals(n.get("source").asText()) && n.get("line").asInt() == 41)
                .findFirst().orElseThrow();
        assertEquals(49, paragraph.get("lineTo").asInt(), "a paragraph printed over nine lines");
        // 157 items span lines: paragraphs, and the sentences of a split paragraph that share a wrapped line
        assertEquals(157, lines.stream().map(this::json).filter(n -> n.get("lineTo").asInt() > n.get("line").asInt()).count());
        assertTrue(out.toString().contains("soroe-2020             85     74     68      1     10    148    386"), out.toString());
        assertTrue(out.toString().contains("merged: soroe-laering-og-erfaring-2020-pdf.txt is a rendition of "
                + "soroe-laering-og-erfaring-2020.txt (content similarity 0.947)"), out.toString());
        assertTrue(out.toString().contains("wrote 673 items to "));
    }

    @Test
    void withoutOutTheItemsGoToStdoutAndTheSummaryToStderr() {
        assertEquals(0, run("extract"));
        assertEquals(673, out.toString().lines().count());
        assertTrue(err.toString().contains("all                   182     84    100      7     80    220    673"), err.toString());
    }

    @Test
    void aFailedFileGivesExitCodeOneButTheOthersAreWritten() throws IOException {
        Files.write(dir.resolve("kl.txt"), CorpusFiles.bytes(CorpusFiles.KL));
        Files.write(dir.resolve("tom.txt"), new byte[0]);
        assertEquals(ErrorHandler.FAILED, run("extract", "--corpus", dir.toString()));
        assertEquals(161, out.toString().lines().count());
        assertTrue(err.toString().contains("FAILED:  tom.txt: the file is empty"), err.toString());
    }

    @Test
    void readsEveryPublishedFormAndNamesTheFilesItCannot() throws IOException {
        List<dk.erfaringsgraf.ingest.Block> blocks = new dk.erfaringsgraf.ingest.TextReader()
                .read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE), new java.util.ArrayList<>()).blocks();
        Files.write(dir.resolve("soroe.docx"), dk.erfaringsgraf.testing.DocxRendering.docx(blocks));
        Files.write(dir.resolve("kl.html"), dk.erfaringsgraf.testing.HtmlRendering.bytes(
                new dk.erfaringsgraf.ingest.TextReader().read(CorpusFiles.KL, CorpusFiles.bytes(CorpusFiles.KL),
                        new java.util.ArrayList<>()).blocks()));
        Files.write(dir.resolve("norddjurs.pdf"), dk.erfaringsgraf.testing.PdfRendering.oneColumn().render(
                dk.erfaringsgraf.testing.TypedBlocks.of(CorpusFiles.NORDDJURS)));
        Files.writeString(dir.resolve("noter.odt"), "not a report we read");
        assertEquals(ErrorHandler.FAILED, run("extract", "--corpus", dir.toString()));
        String summary = err.toString();
        assertTrue(summary.contains("FAILED:  " + dir.resolve("noter.odt") + ": not read, .odt is not a supported "
                + "report format (reads .txt, .md, .markdown, .text, .pdf, .docx, .html, .htm)"), summary);
        // the Word copy of Sorø and the web copy of KL give exactly the typed findings of their texts (the dashed
        // subtitle under Sorø's title is context in every form); the PDF its case text
        assertTrue(summary.lines().anyMatch(l -> l.matches("soroe\\s+85\\s+74\\s+68\\s+1\\s+10\\s+148\\s+386")), summary);
        assertTrue(summary.lines().anyMatch(l -> l.matches("kl\\s+68\\s+8\\s+6\\s+4\\s+49\\s+26\\s+161")), summary);
        assertTrue(summary.lines().anyMatch(l -> l.startsWith("norddjurs.pdf") && l.contains("pdf")), summary);
        assertTrue(out.toString().lines().anyMatch(l -> l.contains("\"file\":\"norddjurs.pdf\"")
                && l.contains("\"page\":1")), "PDF items name their page");
    }

    @Test
    void badParametersAreNamedWithExitCodeTwo() throws IOException {
        assertEquals(ErrorHandler.BAD_INPUT, run("extract", "--corpus", dir.resolve("mangler").toString()));
        assertTrue(err.toString().startsWith("erfaringsgraf: --corpus " + dir.resolve("mangler") + ": no such folder"),
                err.toString());
        Path codebook = dir.resolve("codebook.yaml");
        Files.writeString(codebook, "themes:\n  - id: ledelse\n    name: Ledelse\n    nameEn: Leadership\n"
                + "    description: x\n    keywords: ledelse\n");
        assertEquals(ErrorHandler.BAD_INPUT, run("extract", "--codebook", codebook.toString()));
        assertTrue(err.toString().contains("line 6"), err.toString());
        assertTrue(err.toString().contains("'keywords'"), err.toString());
    }

    @Test
    void everyCommandExplainsItselfAndTheVersionIsPrinted() {
        assertEquals(0, run("extract", "--help"));
        assertTrue(out.toString().contains("--corpus=DIR"));
        assertTrue(out.toString().contains("Exit code 0"));
        assertEquals(0, run("--version"));
        assertTrue(out.toString().contains("erfaringsgraf "));
    }

    private JsonNode json(String line) {
        try {
            return JsonLines.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> iterable(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
