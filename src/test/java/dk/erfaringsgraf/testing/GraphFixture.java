package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.graph.BoltPassword;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.LoadReport;
import dk.erfaringsgraf.graph.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;

/**
 * One embedded Neo4j (on a free Bolt port, in a temporary folder) with the bundled corpus loaded, shared
 * by every integration test of the suite: it starts on first use and stops when the test JVM exits.
 */
public final class GraphFixture {

    private static GraphFixture instance;

    private final GraphStore store;
    private final LoadReport firstLoad;
    private final Path dataDir;

    private GraphFixture(GraphStore store, LoadReport firstLoad, Path dataDir) {
        this.store = store;
        this.firstLoad = firstLoad;
        this.dataDir = dataDir;
    }

    public static synchronized GraphFixture get() {
        if (instance == null) {
            Path dir = tempDir();
            StoreConfig config = new StoreConfig(dir, freePort(), null, null, null, null);
            App app = new App(Config.defaults().withStore(config));
            GraphStore store = app.openStore();
            LoadReport report = app.load(store, false, line -> { });
            instance = new GraphFixture(store, report, dir);
            Runtime.getRuntime().addShutdownHook(new Thread(store::close));
        }
        return instance;
    }

    public GraphStore store() {
        return store;
    }

    public LoadReport firstLoad() {
        return firstLoad;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The command-line options that reach this graph as an external server: URI, user and password file. */
    public List<String> neo4jOptions() {
        return List.of("--neo4j", store.boltUri(), "--neo4j-user", BoltPassword.USER,
                "--neo4j-password-file", BoltPassword.fileIn(dataDir).toString());
    }

    /** The credentials of the embedded Bolt (user neo4j, the password kept in the data folder). */
    public AuthToken boltAuth() {
        return AuthTokens.basic(BoltPassword.USER, store.boltPassword().orElseThrow().value());
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path tempDir() {
        try {
            return Files.createTempDirectory("erfaringsgraf-it");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
