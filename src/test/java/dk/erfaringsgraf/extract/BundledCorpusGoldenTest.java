package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Corpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bundled corpus gives exactly the recorded items: source, kind and why, first line, section, speaker and
 * text of every item, in order. A change here is a change of findings and
 * must be made on purpose (regenerate the file and say why in the commit).
 */
class BundledCorpusGoldenTest {

    @Test
    void bundledCorpusGivesTheRecordedItems() throws IOException {
        Extraction.Result result = new Extraction(Templates.standard(), s -> { }).run(Corpus.bundled());
        List<String> actual = new ArrayList<>();
        for (SourceExtraction source : result.sources()) {
            for (SourcedItem sourced : source.items()) {
                actual.add(row(source.id(), sourced.item()));
            }
        }
        List<String> expected = expected();
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        assertEquals("", String.join("\n", missing), "recorded items no longer found");
        assertEquals("", String.join("\n", extra), "items not recorded");
        assertEquals(expected, actual, "same items, same order");
    }

    static String row(String source, RawItem item) {
        Speaker s = item.speaker();
        String speaker = s == null ? "" : String.join("|", nz(s.person()), nz(s.role()), nz(s.organisation()));
        return String.join("\t", source, item.kind().id(), item.kindBy().id(), String.valueOf(item.line()),
                nz(item.section()), speaker, item.text());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static List<String> expected() throws IOException {
        try (InputStream in = BundledCorpusGoldenTest.class.getResourceAsStream("/extract/bundled-items.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
        }
    }
}
