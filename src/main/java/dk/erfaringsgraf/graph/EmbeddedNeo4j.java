package dk.erfaringsgraf.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community 5.26 embedded in this process, with its Bolt connector on 127.0.0.1 so that the
 * application (through the Java driver, like for any server) and analysts (cypher-shell, Neo4j Browser or
 * Desktop) talk to it the same way. Authentication is off: it listens on loopback only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /**
     * db.memory.transaction.max: what one transaction may hold (sorting, collecting, aggregating), so that a
     * console query asking for gigabytes fails in seconds with Neo4j's message instead of filling the heap.
     * Loading one source and the analysis's reads need a few MiB.
     */
    static final long TRANSACTION_MEMORY = ByteUnit.mebiBytes(256);
    /** db.memory.transaction.total.max: all transactions together. */
    static final long TOTAL_TRANSACTION_MEMORY = ByteUnit.gibiBytes(1);

    private final DatabaseManagementService dbms;
    private final int boltPort;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort) {
        this.dbms = dbms;
        this.boltPort = boltPort;
    }

    /**
     * Starts (creating if needed) the database in {@code dataDir} with Bolt on 127.0.0.1:{@code boltPort}.
     *
     * @throws GraphException naming the folder or port when it cannot start (locked by another instance,
     *     read-only disk, port in use)
     */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort) {
        try {
            Files.createDirectories(dataDir);
        } catch (java.io.IOException e) {
            throw new GraphException("Could not create data folder " + dataDir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dataDir)) {
            throw new GraphException("Data folder " + dataDir + " is not writable (read-only disk?)");
        }
        try {
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, TOTAL_TRANSACTION_MEMORY)
                    .build();
            return new EmbeddedNeo4j(dbms, boltPort);
        } catch (RuntimeException e) {
            throw new GraphException("Could not start embedded Neo4j in " + dataDir + " with Bolt on 127.0.0.1:"
                    + boltPort + ": " + rootMessage(e), e);
        }
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
