package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import java.net.URI;
import org.junit.jupiter.api.Test;

class StoreFaultsIT {

    @Test
    void anUnreachableServerIsNamedInOneLine() {
        int port = GraphFixture.freePort();
        URI uri = URI.create("bolt://127.0.0.1:" + port);
        GraphException e = assertThrows(GraphException.class,
                () -> GraphStore.open(new StoreConfig(null, 0, uri, "neo4j", "x", null)));
        assertTrue(e.getMessage().startsWith("Could not connect to bolt://127.0.0.1:" + port + ": no Neo4j answers there"),
                e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void aDataFolderInUseByAnotherInstanceIsRefusedClearly() {
        GraphFixture fixture = GraphFixture.get();
        GraphException e = assertThrows(GraphException.class, () -> GraphStore.open(
                new StoreConfig(fixture.dataDir(), GraphFixture.freePort(), null, null, null, null)));
        assertTrue(e.getMessage().startsWith("Could not start embedded Neo4j in " + fixture.dataDir()), e.getMessage());
        assertTrue(e.getMessage().toLowerCase().contains("lock"), e.getMessage());
    }
}
