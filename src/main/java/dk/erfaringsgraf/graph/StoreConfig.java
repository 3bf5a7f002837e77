package dk.erfaringsgraf.graph;

import java.net.URI;
import java.nio.file.Path;

/**
 * Where the graph lives: embedded Neo4j in {@code dataDir} with Bolt on 127.0.0.1:{@code boltPort}, or,
 * when {@code uri} is set, any Neo4j server, cluster or Aura instance reached by the driver.
 */
public record StoreConfig(Path dataDir, int boltPort, URI uri, String user, String password, String database) {

    public static final Path DEFAULT_DATA_DIR = Path.of(".erfaringsgraf");
    public static final int DEFAULT_BOLT_PORT = 7687;

    public boolean embedded() {
        return uri == null;
    }

    /** Where the store is, for messages: the URI, or the folder and Bolt port. */
    public String describe() {
        return embedded() ? "embedded Neo4j in " + dataDir + " (bolt://127.0.0.1:" + boltPort + ")" : uri.toString();
    }
}
