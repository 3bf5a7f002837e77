package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ManifestTest {

    @Test
    void theBundledManifestDescribesEveryCorpusFile() {
        Corpus corpus = Corpus.bundled();
        assertEquals(5, corpus.files().size());
        SourceMeta kl = corpus.manifest().meta("kl-erfaringsopsamling-2020.txt").orElseThrow();
        assertEquals("kl-2020", kl.id());
        assertEquals("KL", kl.publisher());
        assertEquals(2020, kl.year());
        assertEquals(200, kl.respondents());
        SourceMeta komdir = corpus.manifest().meta("komdir-den-digitale-dynamo-2020.txt").orElseThrow();
        assertEquals(82, komdir.respondents());
        assertEquals("Kommunaldirektørforeningen", komdir.publisher());
        assertEquals(null, corpus.manifest().meta("norddjurs-erfaringer-2021.txt").orElseThrow().respondents());
    }

    @Test
    void errorsNameTheFileLineAndKey() {
        String yaml = "files:\n  a.txt:\n    id: a\n    title: A\n    year: tyve\n";
        InputException e = assertThrows(InputException.class, () -> Manifest.parse("m.yaml", yaml));
        assertEquals("m.yaml line 5: a.txt key 'year' must be a whole number, not 'tyve'", e.getMessage());

        String unknown = "files:\n  a.txt:\n    id: a\n    title: A\n    forfatter: X\n";
        e = assertThrows(InputException.class, () -> Manifest.parse("m.yaml", unknown));
        assertTrue(e.getMessage().startsWith("m.yaml line 5: a.txt key 'forfatter' is unknown"), e.getMessage());

        String broken = "files:\n  a.txt:\n    id: [a\n";
        e = assertThrows(InputException.class, () -> Manifest.parse("m.yaml", broken));
        assertTrue(e.getMessage().startsWith("m.yaml line 4:"), e.getMessage());

        String noTitle = "files:\n  a.txt:\n    id: a\n";
        e = assertThrows(InputException.class, () -> Manifest.parse("m.yaml", noTitle));
        assertEquals("m.yaml line 3: a.txt key 'title' is missing", e.getMessage());
    }
}
