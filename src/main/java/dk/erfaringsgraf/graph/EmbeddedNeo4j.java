package dk.erfaringsgraf.graph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Neo4j Community 5.26 embedded in this process, with its Bolt connector on 127.0.0.1 so that the
 * application (through the Java driver, like for any server) and analysts (cypher-shell, Neo4j Browser or
 * Desktop) talk to it the same way. Authentication is off: it listens on loopback only.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    /** Longest wait for the database to come online (recovery after a kill can take a while). */
    private static final Duration STARTUP = Duration.ofMinutes(2);

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
                    .build();
            awaitDatabase(dbms, dataDir);
            return new EmbeddedNeo4j(dbms, boltPort);
        } catch (GraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GraphException("Could not start embedded Neo4j in " + dataDir + " with Bolt on 127.0.0.1:"
                    + boltPort + ": " + rootMessage(e), e);
        }
    }

    /**
     * Waits until the database is online. Neo4j starts even when the database's files are damaged (its
     * {@code neostore} deleted, say) and only later refuses every query with "not currently available", so the
     * database's own status is asked and a failed start named with the folder and what to do.
     */
    private static void awaitDatabase(DatabaseManagementService dbms, Path dataDir) {
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!db.isAvailable(1000)) {
            String failure = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "SHOW DATABASE $name YIELD currentStatus, statusMessage RETURN currentStatus, statusMessage",
                    Map.of("name", GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
                    r -> r.hasNext() ? failure(r.next()) : null);
            if (failure != null || System.nanoTime() > deadline) {
                dbms.shutdown();
                Path logs = dataDir.toAbsolutePath().resolve("logs").resolve("debug.log");
                throw new GraphException("The graph store in " + dataDir.toAbsolutePath() + " is damaged: Neo4j could "
                        + "not start its database (" + (failure == null ? "not online after " + STARTUP.toSeconds() + " s"
                        : failure) + "; details in " + logs + "). " + rebuild(dataDir));
            }
        }
    }

    private static String failure(Map<String, Object> status) {
        Object message = status.get("statusMessage");
        boolean failed = !"online".equals(status.get("currentStatus")) && !"starting".equals(status.get("currentStatus"))
                && message != null && !message.toString().isBlank();
        return failed ? message.toString().lines().findFirst().orElse("") : null;
    }

    /** What to do about a damaged embedded store: rebuild it from the corpus, which holds everything it held. */
    static String rebuild(Path dataDir) {
        return "Rebuild it from the corpus: delete the folder " + dataDir.toAbsolutePath()
                + " and run 'erfaringsgraf load' (or 'serve') with the same --corpus and --data-dir";
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
