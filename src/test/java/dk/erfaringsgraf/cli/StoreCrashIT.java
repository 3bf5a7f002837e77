package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The fault probes of issue 11, on a store of its own: {@code serve} killed with SIGKILL while analysing (after
 * a changed source was loaded, so an older analysis is in the store) and restarted gives the whole analysis;
 * a node store truncated to 0 bytes or cut in half, or {@code neostore} deleted, is refused by name with what
 * to do and a non-zero exit code, by {@code query} and {@code serve} alike.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StoreCrashIT {

    /** The bundled corpus's echoes (README, {@code analyze}). */
    private static final int ECHOES = 36;
    private static final String COUNT_ECHOES = "MATCH ()-[e:ECHOES]->() RETURN count(e) AS n";

    private static Path corpus;
    private static Path data;
    private static final List<Path> copies = new ArrayList<>();

    @BeforeAll
    static void corpusWithOneChangedReport() throws IOException {
        corpus = GraphFixture.tempDir().resolve("corpus");
        Files.createDirectories(corpus);
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()));
            }
        }
        data = GraphFixture.tempDir().resolve("data");
    }

    @Test
    @Order(1)
    void serveKilledWhileAnalysingRedoesTheAnalysisAtTheNextStart() throws Exception {
        Path norddjurs = corpus.resolve("norddjurs-erfaringer-2021.txt");
        String original = Files.readString(norddjurs);
        Files.writeString(norddjurs, original + "\nEn ekstra linje, så kilden er ændret.\n");
        assertEquals(0, cli("load", "--corpus", corpus.toString()).code);
        assertEquals(0, cli("analyze").code);
        Files.writeString(norddjurs, original);

        // a load of the changed source deleted its items' ECHOES; kill the analysis that would write them again
        Process serve = child("serve", "--corpus", corpus.toString(), "--port", "0");
        String seen = awaitLine(serve, "analysing");
        serve.destroyForcibly(); // SIGKILL: no shutdown hook runs
        assertTrue(serve.waitFor(60, TimeUnit.SECONDS));
        assertTrue(seen.contains("loaded"), seen);

        Process again = child("serve", "--corpus", corpus.toString(), "--port", "0");
        String second = awaitLine(again, "serves on");
        again.destroy();
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertTrue(second.contains("nothing to load"), second);
        assertTrue(second.contains("analysing"), "the interrupted analysis is redone:\n" + second);
        Result after = cli("query", "--format", "csv", "--cypher", COUNT_ECHOES);
        assertEquals(List.of("n", String.valueOf(ECHOES)), after.out.strip().lines().toList(), after.err);
    }

    @Test
    @Order(2)
    void aNodeStoreTruncatedToZeroBytesIsNamedNotHalfRead() throws IOException {
        Path copy = damagedCopy(store -> truncate(store.resolve("neostore.nodestore.db"), 0));
        Result query = cli(copy, "query", "--cypher", "MATCH (i:Item) RETURN count(i), count(i.text)");
        assertDamageNamed(copy, query);
        Result serve = cli(copy, "serve", "--port", "0");
        assertDamageNamed(copy, serve);
    }

    @Test
    @Order(3)
    void aNodeStoreCutInHalfIsNamedNotHalfRead() throws IOException {
        Path copy = damagedCopy(store -> {
            Path nodes = store.resolve("neostore.nodestore.db");
            truncate(nodes, size(nodes) / 2);
        });
        assertDamageNamed(copy, cli(copy, "query", "--cypher", "MATCH (i:Item) RETURN count(i.text)"));
    }

    @Test
    @Order(4)
    void aDeletedNeostoreIsNamed() throws IOException {
        Path copy = damagedCopy(store -> delete(store.resolve("neostore")));
        assertDamageNamed(copy, cli(copy, "query", "--cypher", "MATCH (i:Item) RETURN count(i.text)"));
    }

    @AfterAll
    static void removeStores() throws IOException {
        deleteTree(corpus.getParent());
        deleteTree(data.getParent());
        for (Path copy : copies) {
            deleteTree(copy);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static void assertDamageNamed(Path copy, Result r) {
        assertNotEquals(0, r.code, r.out + r.err);
        assertTrue(r.err.contains(copy.toAbsolutePath().toString()), r.err);
        assertTrue(r.err.contains("damaged"), r.err);
        assertTrue(r.err.contains("delete the folder"), r.err);
        assertFalse(r.err.contains("NullPointerException"), r.err);
        assertEquals("", r.out, "no partial answer");
    }

    /** A copy of the (cleanly shut down) store with its database files damaged by {@code damage}. */
    private static Path damagedCopy(IoAction damage) throws IOException {
        Path copy = GraphFixture.tempDir().resolve("damaged");
        try (Stream<Path> all = Files.walk(data)) {
            for (Path p : all.sorted().toList()) {
                Path to = copy.resolve(data.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        damage.run(copy.resolve("data/databases/neo4j"));
        copies.add(copy.getParent());
        return copy;
    }

    private interface IoAction {
        void run(Path store) throws IOException;
    }

    private static void truncate(Path file, long size) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(size);
        }
    }

    private static long size(Path file) throws IOException {
        return Files.size(file);
    }

    private static void delete(Path file) throws IOException {
        assertTrue(Files.deleteIfExists(file), file + " missing");
    }

    private record Result(int code, String out, String err) {
    }

    private static Result cli(String... args) {
        return cli(data, args);
    }

    private static Result cli(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--data-dir", dir.toString(), "--bolt-port", String.valueOf(GraphFixture.freePort())));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
        return new Result(code, out.toString(), err.toString());
    }

    /** The command in a JVM of its own (this test's classpath), so that it can be killed. */
    private static Process child(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--data-dir", data.toString(), "--bolt-port", String.valueOf(GraphFixture.freePort())));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Everything the process printed up to and including the first line containing {@code text}. */
    private static String awaitLine(Process process, String text) {
        StringBuilder seen = new StringBuilder();
        InputStream in = process.getInputStream();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                seen.append(line).append('\n');
                if (line.contains(text)) {
                    return seen.toString();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the process ended before printing \"" + text + "\":\n" + seen);
    }
}
