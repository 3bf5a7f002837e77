package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.AuthenticationException;

/**
 * Probe of issue 11 (item 3) kept as a test: Bolt of the embedded store refuses a client without the
 * password (any local process could write the graph or read its settings), and takes the one kept owner-only
 * in the data folder; a store made before authentication was on still opens, and keeps its password.
 */
class BoltAuthIT {

    @Test
    void aClientWithoutThePasswordIsRefused() {
        GraphFixture fixture = GraphFixture.get();
        String uri = fixture.store().boltUri();
        AuthenticationException none = assertThrows(AuthenticationException.class, () -> count(uri, AuthTokens.none()));
        assertTrue(none.getMessage().contains("Unsupported authentication token")
                || none.getMessage().contains("authentication failure"), none.getMessage());
        assertThrows(AuthenticationException.class, () -> count(uri, AuthTokens.basic("neo4j", "neo4j")));
        assertThrows(AuthenticationException.class, () -> count(uri, AuthTokens.basic("neo4j", "wrong-password")));
        assertEquals(673L, count(uri, fixture.boltAuth()));
    }

    @Test
    void thePasswordFileIsTheOwnersOnly() throws IOException {
        Path file = GraphFixture.get().dataDir().resolve("bolt-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(GraphFixture.get().store().boltPassword().orElseThrow().value(), Files.readString(file).strip());
    }

    @Test
    void aStoreFromBeforeAuthenticationOpensAndKeepsItsPasswordAcrossStarts() throws IOException {
        Path dir = GraphFixture.tempDir();
        int port = GraphFixture.freePort();
        oldStore(dir);
        assertFalse(Files.exists(dir.resolve("bolt-password")));
        StoreConfig config = new StoreConfig(dir, port, null, null, null, null);

        String first;
        try (GraphStore store = GraphStore.open(config)) {
            first = store.boltPassword().orElseThrow().value();
            assertEquals(List.of(List.of(1L)), store.read("MATCH (n:MadeBeforeAuth) RETURN count(n)", Map.of()).rows());
            assertThrows(AuthenticationException.class, () -> count(store.boltUri(), AuthTokens.none()));
            assertThrows(AuthenticationException.class, () -> count(store.boltUri(), AuthTokens.basic("neo4j", "neo4j")));
        }
        assertEquals(first, Files.readString(dir.resolve("bolt-password")).strip());
        Files.setPosixFilePermissions(dir.resolve("bolt-password"), PosixFilePermissions.fromString("rw-rw-r--"));

        try (GraphStore again = GraphStore.open(config)) {
            assertEquals(first, again.boltPassword().orElseThrow().value());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("bolt-password"))));
            try (Driver driver = GraphDatabase.driver(again.boltUri(), AuthTokens.basic("neo4j", first));
                    Session session = driver.session()) {
                assertEquals(1L, session.run("MATCH (n:MadeBeforeAuth) RETURN count(n)").single().get(0).asLong());
            }
            assertThrows(AuthenticationException.class, () -> count(again.boltUri(), AuthTokens.none()));
        }
    }

    @Test
    void aPasswordChangedBehindTheFilesBackIsNamed() throws IOException {
        Path dir = GraphFixture.tempDir();
        StoreConfig config = new StoreConfig(dir, GraphFixture.freePort(), null, null, null, null);
        try (GraphStore store = GraphStore.open(config)) {
            assertTrue(store.boltPassword().orElseThrow().created());
        }
        Files.writeString(dir.resolve("bolt-password"), "not-the-password-123\n");
        GraphException e = assertThrows(GraphException.class, () -> GraphStore.open(config));
        assertTrue(e.getMessage().contains("the neo4j user's password is not the one in " + dir.resolve("bolt-password")),
                e.getMessage());
        Files.delete(dir.resolve("bolt-password"));
        try (GraphStore store = GraphStore.open(config)) {
            assertTrue(store.boltPassword().orElseThrow().created(), "deleting the file sets a new password");
        }
    }

    /** A store as this project made it before: authentication off, Neo4j's default user never given a password. */
    private static void oldStore(Path dir) {
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.auth_enabled, false).setConfig(BoltConnector.enabled, false).build();
        try {
            dbms.database("neo4j").executeTransactionally("CREATE (:MadeBeforeAuth)");
        } finally {
            dbms.shutdown();
        }
    }

    private static long count(String uri, AuthToken auth) {
        try (Driver driver = GraphDatabase.driver(uri, auth); Session session = driver.session()) {
            return session.run("MATCH (i:Item) RETURN count(i)").single().get(0).asLong();
        }
    }
}
