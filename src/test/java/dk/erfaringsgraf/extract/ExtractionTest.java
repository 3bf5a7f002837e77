package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionTest {

    @TempDir
    Path dir;

    private Extraction.Result run(List<String> progress) {
        return new Extraction(Templates.standard(), progress::add).run(Corpus.directory(dir));
    }

    @Test
    void badFilesAreReportedByNameAndNeverStopTheOthers() throws IOException {
        Files.write(dir.resolve("norddjurs.txt"), CorpusFiles.bytes(CorpusFiles.NORDDJURS));
        Files.write(dir.resolve("tom.txt"), new byte[0]);
        Files.write(dir.resolve("binær.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0});
        Files.writeString(dir.resolve("noter.md"), "Vi holdt møder på Teams.\n\nDet gik godt.\n");
        List<String> progress = new ArrayList<>();
        Extraction.Result result = run(progress);

        assertEquals(List.of("binær.txt: looks binary (10 control characters), not a text report",
                "tom.txt: the file is empty"), result.failures().stream().sorted().toList());
        assertEquals(2, result.sources().size());
        SourceExtraction norddjurs = result.sources().stream().filter(s -> s.id().equals("norddjurs")).findFirst()
                .orElseThrow();
        // 23 paragraphs, of which "Ingen" and "Tiltrådt." are boilerplate, set aside as context
        assertEquals(21, norddjurs.items().size());
        assertEquals(2, progress.size());
    }

    @Test
    void aLatin1CopyIsDecodedAndReadLikeTheOriginal() throws IOException {
        String text = new String(CorpusFiles.bytes(CorpusFiles.NORDDJURS), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("latin1.txt"), text.replace("\n", "\r\n"), Charset.forName("windows-1252"));
        Extraction.Result result = run(new ArrayList<>());
        assertTrue(result.warnings().contains("latin1.txt: not valid UTF-8; decoded as Windows-1252/Latin-1"));
        assertEquals("committee-case", result.files().get(0).template());
        assertEquals(21, result.sources().get(0).items().size());
        assertEquals("Indstilling", result.sources().get(0).items().stream()
                .filter(i -> i.item().text().startsWith("Kommunaldirektøren indstiller")).findFirst().orElseThrow()
                .item().section());
        assertTrue(result.warnings().contains(
                "latin1.txt:165: \"Ingen\" is boilerplate, not a finding; read as context"), result.warnings().toString());
    }

    @Test
    void aTextWithoutKnownLayoutIsReadByItsOutline() throws IOException {
        Files.writeString(dir.resolve("referat.txt"),
                "Referat fra Lederforum\n\nVi drøftede erfaringerne fra Corona-gruppen.\n"
                        + "Der var enighed om at fortsætte.\n\n- Jobbanken skal evalueres\n- Hjemmearbejde to dage om ugen\n");
        Extraction.Result result = run(new ArrayList<>());
        List<RawItem> items = result.sources().get(0).items().stream().map(SourcedItem::item).toList();
        // two sentences on lines of their own are two paragraphs; the bullets have no label, so observations
        assertEquals(List.of("Vi drøftede erfaringerne fra Corona-gruppen.", "Der var enighed om at fortsætte.",
                "Jobbanken skal evalueres", "Hjemmearbejde to dage om ugen"), items.stream().map(RawItem::text).toList());
        assertEquals("Referat fra Lederforum", items.get(0).section());
        assertTrue(items.stream().allMatch(i -> i.kind() == ItemKind.OBSERVATION));
        assertEquals("outline", result.files().get(0).template());
        assertEquals(List.of(), result.warnings());
        assertEquals("referat", result.sources().get(0).id());
        assertEquals("Referat fra Lederforum", result.sources().get(0).meta().title());
    }
}
