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
 * Desktop) talk to it the same way. Authentication is on, because loopback is shared by every local user and
 * process: the {@code neo4j} user has the password of {@link BoltPassword} (generated at the first start).
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
    /** Longest wait for the database to come online (recovery after a kill can take a while). */
    private static final Duration STARTUP = Duration.ofMinutes(2);

    private final DatabaseManagementService dbms;
    private final int boltPort;
    private final BoltPassword password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, int boltPort, BoltPassword password) {
        this.dbms = dbms;
        this.boltPort = boltPort;
        this.password = password;
    }

    /**
     * Starts (creating if needed) the database in {@code dataDir} with Bolt on 127.0.0.1:{@code boltPort},
     * authentication on and the {@code neo4j} user's password from {@code <dataDir>/bolt-password}.
     * A store made before authentication was on (default user, never given a password) opens the same way.
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
        BoltPassword password = BoltPassword.inDataDir(dataDir);
        DatabaseManagementService dbms;
        try {
            dbms = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", boltPort))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ZERO)
                    .setConfig(GraphDatabaseSettings.memory_transaction_max_size, TRANSACTION_MEMORY)
                    .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, TOTAL_TRANSACTION_MEMORY)
                    .build();
            awaitDatabase(dbms, dataDir);
        } catch (GraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new GraphException("Could not start embedded Neo4j in " + dataDir + " with Bolt on 127.0.0.1:"
                    + boltPort + ": " + rootMessage(e), e);
        }
        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            dbms.shutdown();
            password.forgetIfCreated(); // so the next start generates and sets one again
            throw new GraphException("Could not set the Bolt password of embedded Neo4j in " + dataDir + " (from "
                    + password.file() + "): " + rootMessage(e), e);
        }
        return new EmbeddedNeo4j(dbms, boltPort, password);
    }

    /**
     * Gives the {@code neo4j} user the kept password when it was just generated, or when the user still has
     * Neo4j's initial one (a store made while authentication was off). The embedded API runs on the system
     * database without logging in, which is what makes this possible without the old password. A password the
     * user already has is not set again (Neo4j refuses "the same as the old one").
     */
    private static void setPassword(DatabaseManagementService dbms, BoltPassword password) {
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        boolean initial = system.executeTransactionally(
                "SHOW USERS YIELD user, passwordChangeRequired WHERE user = $user RETURN passwordChangeRequired",
                Map.of("user", BoltPassword.USER),
                result -> result.hasNext() && Boolean.TRUE.equals(result.next().get("passwordChangeRequired")));
        if (password.created() || initial) {
            system.executeTransactionally("ALTER USER " + BoltPassword.USER + " SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password.value()));
        }
    }

    /** The {@code neo4j} user's password, for the application's own driver and the start message. */
    public BoltPassword password() {
        return password;
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
