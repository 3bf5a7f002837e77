package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.StoreConfig;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LoadCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void anUnreachableServerFailsWithOneLineNamingTheUri() {
        String uri = "bolt://127.0.0.1:" + GraphFixture.freePort();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "load", "--neo4j", uri);
        assertEquals(ErrorHandler.FAILED, code);
        assertTrue(err.toString().startsWith("erfaringsgraf: Could not connect to " + uri + ": "), err.toString());
        assertEquals(1, err.toString().lines().filter(l -> l.startsWith("erfaringsgraf:")).count());
        assertTrue(!err.toString().contains("\tat "), "no stack trace by default");
    }

    @Test
    void aMalformedUriIsBadInput() {
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "load", "--neo4j", "http://x");
        assertEquals(ErrorHandler.BAD_INPUT, code);
        assertTrue(err.toString().startsWith("erfaringsgraf: --neo4j http://x: not a Neo4j URI"), err.toString());
    }

    @Test
    void theEnvironmentNamesAServerAndItsCredentials() {
        StoreOptions options = new StoreOptions();
        new CommandLine(options).parseArgs();
        StoreConfig embedded = options.config(Map.of());
        assertTrue(embedded.embedded());
        assertEquals(7687, embedded.boltPort());
        StoreConfig remote = options.config(Map.of("NEO4J_URI", "neo4j+s://abc.databases.neo4j.io",
                "NEO4J_USER", "neo4j", "NEO4J_PASSWORD", "hemmelig", "NEO4J_DATABASE", "erfaringer"));
        assertEquals("neo4j+s://abc.databases.neo4j.io", remote.uri().toString());
        assertEquals("neo4j", remote.user());
        assertEquals("hemmelig", remote.password());
        assertEquals("erfaringer", remote.database());
    }

    @Test
    void credentialsForAnotherServerComeFromOptionsTooThePasswordFromAFile() throws IOException {
        Path file = Files.createTempFile("bolt-password", "");
        Files.writeString(file, "aus-der-datei-123\n");
        StoreOptions options = new StoreOptions();
        new CommandLine(options).parseArgs("--neo4j", "bolt://127.0.0.1:7688", "--neo4j-user", "analyst",
                "--neo4j-password-file", file.toString());
        StoreConfig remote = options.config(Map.of("NEO4J_USER", "other", "NEO4J_PASSWORD", "other"));
        assertEquals("analyst", remote.user());
        assertEquals("aus-der-datei-123", remote.password());
        Files.delete(file);
        InputException e = assertThrows(InputException.class, () -> options.config(Map.of()));
        assertTrue(e.getMessage().startsWith("--neo4j-password-file " + file + ": cannot read it"), e.getMessage());
    }
}
