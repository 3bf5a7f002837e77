package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Replacing and pruning sources, on a store of its own (the shared fixture must keep the bundled corpus):
 * a folder corpus of the KL and Norddjurs texts, then a changed Norddjurs text, then KL alone.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReloadIT {

    private static Path corpus;
    private static GraphStore store;

    @BeforeAll
    static void start() throws IOException {
        corpus = GraphFixture.tempDir();
        Files.write(corpus.resolve("kl.txt"), CorpusFiles.bytes(CorpusFiles.KL));
        Files.write(corpus.resolve("norddjurs.txt"), CorpusFiles.bytes(CorpusFiles.NORDDJURS));
        store = GraphStore.open(new StoreConfig(GraphFixture.tempDir(), GraphFixture.freePort(), null, null, null, null));
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static LoadReport load(boolean prune) {
        return app().load(store, prune, line -> { });
    }

    private static App app() {
        return new App(new Config(corpus, null, null));
    }

    private static long items(String source) {
        return (Long) store.read("MATCH (i:Item {source: $s}) RETURN count(i)", Map.of("s", source)).rows().get(0).get(0);
    }

    @Test
    @Order(0)
    void analysingAndExportingAnEmptyGraphSaysToLoadFirst() {
        dk.erfaringsgraf.ingest.InputException e = assertThrows(dk.erfaringsgraf.ingest.InputException.class,
                () -> new dk.erfaringsgraf.analysis.Analysis(store).run());
        assertEquals("The graph is empty: run 'load' first", e.getMessage());
        e = assertThrows(dk.erfaringsgraf.ingest.InputException.class,
                () -> dk.erfaringsgraf.report.Tables.build(store, "theme-source"));
        assertTrue(e.getMessage().contains("the graph is empty"), e.getMessage());
    }

    @Test
    @Order(1)
    void aFolderCorpusLoadsWithIdsFromFileNames() {
        LoadReport report = load(false);
        assertEquals(List.of("kl", "norddjurs"), report.loaded());
        assertEquals(161L, items("kl"));
        assertEquals(21L, items("norddjurs")); // 23 paragraphs; "Ingen" and "Tiltrådt." are boilerplate
        assertTrue(app().upToDate(store), "serve may skip extraction: same files, same codebook");
    }

    @Test
    @Order(2)
    void aNewFileInTheCorpusIsNotUpToDate() throws IOException {
        Path extra = corpus.resolve("extra.txt");
        Files.writeString(extra, "Notat\n\nEt nyt notat om kriseberedskabet.\n");
        assertFalse(app().upToDate(store));
        Files.delete(extra);
        assertTrue(app().upToDate(store));
    }

    @Test
    @Order(3)
    void aChangedSourceIsReplacedWholeAndTheOtherSkipped() throws IOException {
        String text = Files.readString(corpus.resolve("norddjurs.txt"), StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("norddjurs.txt"), text.replace("Tiltrådt.", "Tiltrådt med bemærkninger."));
        assertFalse(app().upToDate(store), "one changed byte means extracting again");
        LoadReport report = load(false);
        assertTrue(app().upToDate(store));
        assertEquals(List.of("norddjurs"), report.loaded());
        assertEquals(List.of("kl"), report.unchanged());
        assertEquals(22L, items("norddjurs")); // "Tiltrådt med bemærkninger." is a finding, "Tiltrådt." was not
        assertEquals(List.of(List.of("Tiltrådt med bemærkninger.")),
                store.read("MATCH (i:Item {source: 'norddjurs', line: 173}) RETURN i.text", Map.of()).rows());
        assertEquals(0L, store.read("MATCH (i:Item {text: 'Tiltrådt.'}) RETURN count(i)", Map.of()).rows().get(0).get(0));
    }

    @Test
    @Order(4)
    void aRemovedSourceIsReportedThenPruned() throws IOException {
        Files.delete(corpus.resolve("norddjurs.txt"));
        assertFalse(app().upToDate(store), "a source whose file is gone is not up to date");
        LoadReport kept = load(false);
        assertEquals(List.of("norddjurs"), kept.stale());
        assertEquals(22L, items("norddjurs"));
        LoadReport pruned = load(true);
        assertEquals(List.of("norddjurs"), pruned.removed());
        assertEquals(0L, items("norddjurs"));
        assertEquals(1L, pruned.nodes().get("Source"));
        assertEquals(161L, pruned.nodes().get("Item"));
    }

    @Test
    @Order(5)
    void aSourceLoadedByTheFormerLoadFormatIsLoadedAgain() {
        // What load format 1 left: items without lineTo and the content hash it computed from the same files.
        String codebook = Documents.sha256(app().codebook().toString().getBytes(StandardCharsets.UTF_8));
        String file = Documents.sha256(CorpusFiles.bytes(CorpusFiles.KL));
        String formerHash = Documents.sha256(("1|" + codebook + "|" + file).getBytes(StandardCharsets.UTF_8));
        store.write(tx -> tx.run("MATCH (s:Source {id: 'kl'}) SET s.contentHash = $h WITH s "
                + "MATCH (i:Item {source: 'kl'}) REMOVE i.lineTo", Map.of("h", formerHash)).consume());
        assertFalse(app().upToDate(store), "same files and codebook, but an older graph shape");
        LoadReport report = load(false);
        assertEquals(List.of("kl"), report.loaded());
        assertEquals(0L, store.read("MATCH (i:Item) WHERE i.lineTo IS NULL RETURN count(i)", Map.of()).rows().get(0).get(0));
        assertEquals(List.of(List.of(351L, 353L)),
                store.read("MATCH (q:Quote {id: 'kl:351'}) RETURN q.line, q.lineTo", Map.of()).rows());
        assertTrue(app().upToDate(store));
    }

    @Test
    @Order(6)
    void writesAreRefusedByReadQueries() {
        GraphException e = assertThrows(GraphException.class, () -> store.read("CREATE (n:Source {id: 'x'})", Map.of()));
        assertTrue(e.getMessage().contains("read"), e.getMessage());
    }
}
