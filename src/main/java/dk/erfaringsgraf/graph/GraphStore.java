package dk.erfaringsgraf.graph;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;

/**
 * The findings graph, reached only through the Java driver, for embedded Neo4j (started here, on Bolt)
 * and for any external server alike, so that one code path is used and tested.
 */
public final class GraphStore implements AutoCloseable {

    private final Driver driver;
    /** The console's own pool, so that slow console queries never hold the API's connections. */
    private final ConsoleDriver consoleDriver;
    private final EmbeddedNeo4j embedded;
    private final String database;
    private final String where;
    private CypherConsole console;

    private GraphStore(Driver driver, ConsoleDriver consoleDriver, EmbeddedNeo4j embedded, String database, String where) {
        this.driver = driver;
        this.consoleDriver = consoleDriver;
        this.embedded = embedded;
        this.database = database;
        this.where = where;
    }

    /**
     * Starts embedded Neo4j or connects to the configured server, checks the connection and applies
     * {@code cypher/schema.cypher}.
     *
     * @throws GraphException with a one-line message naming the URI or folder and the cause
     */
    public static GraphStore open(StoreConfig config) {
        EmbeddedNeo4j embedded = config.embedded() ? EmbeddedNeo4j.start(config.dataDir(), config.boltPort()) : null;
        String uri = embedded != null ? embedded.boltUri() : config.uri().toString();
        AuthToken auth = embedded != null ? AuthTokens.basic(BoltPassword.USER, embedded.password().value())
                : config.user() == null ? AuthTokens.none()
                : AuthTokens.basic(config.user(), config.password() == null ? "" : config.password());
        Driver driver = null;
        ConsoleDriver consoleDriver = new ConsoleDriver(() -> GraphDatabase.driver(uri, auth, ConsoleDriver.CONFIG));
        try {
            driver = GraphDatabase.driver(uri, auth);
            driver.verifyConnectivity();
            GraphStore store = new GraphStore(driver, consoleDriver, embedded, config.database(), config.describe());
            store.applySchema();
            StoreCheck.verify(store, config.embedded() ? "in " + config.dataDir().toAbsolutePath() : "at " + uri,
                    remedy(config));
            return store;
        } catch (RuntimeException e) {
            if (driver != null) {
                driver.close();
            }
            consoleDriver.close();
            if (embedded != null) {
                embedded.close();
            }
            throw e instanceof GraphException g ? g : new GraphException("Could not connect to " + uri + ": "
                    + cause(e, embedded), e);
        }
    }

    /** What to do about a damaged store: rebuild it from the corpus, which holds everything it held. */
    static String remedy(StoreConfig config) {
        return config.embedded() ? EmbeddedNeo4j.rebuild(config.dataDir())
                : "Reload it from the corpus: delete its nodes and run 'erfaringsgraf load --neo4j " + config.uri() + "'";
    }

    private static String cause(RuntimeException e, EmbeddedNeo4j embedded) {
        if (e instanceof AuthenticationException && embedded != null) {
            Path file = embedded.password().file();
            return "the neo4j user's password is not the one in " + file + " (changed with cypher-shell?): write the "
                    + "new password into that file, or delete the file to have a new one set at the next start";
        }
        if (e instanceof AuthenticationException) {
            return "authentication failed (check NEO4J_USER / NEO4J_PASSWORD)";
        }
        if (e instanceof ServiceUnavailableException) {
            return "no Neo4j answers there (" + EmbeddedNeo4j.rootMessage(e) + ")";
        }
        return EmbeddedNeo4j.rootMessage(e);
    }

    /** Where the graph is: "embedded Neo4j in … (bolt://127.0.0.1:7687)" or the server URI. */
    public String describe() {
        return where;
    }

    /** The Bolt URI analysts connect to (cypher-shell, Neo4j Browser), for the embedded store. */
    public String boltUri() {
        return embedded != null ? embedded.boltUri() : where;
    }

    /** The embedded store's {@code neo4j} password, or empty for an external server (its own credentials). */
    public Optional<BoltPassword> boltPassword() {
        return embedded == null ? Optional.empty() : Optional.of(embedded.password());
    }

    void applySchema() {
        try (Session session = session()) {
            for (String statement : CypherFiles.statements("schema")) {
                session.run(statement).consume();
            }
        }
    }

    /** Runs one read query in a read transaction; writes are refused by the database. */
    public QueryResult read(String cypher, Map<String, Object> params) {
        try (Session session = session()) {
            return session.executeRead(tx -> collect(tx.run(cypher, params)));
        } catch (ClientException e) {
            if (e.code() != null && e.code().endsWith("AccessMode")) {
                throw new GraphException("Refused: the query writes, and queries here are read-only (" + e.getMessage() + ")", e);
            }
            throw new GraphException(e.getMessage(), e);
        } catch (Neo4jException e) {
            throw new GraphException("Query failed on " + where + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs user-typed Cypher from the console: refused unless it only reads (no writes, LOAD CSV or non-READ
     * procedures; one statement), then run read-only on the console's own driver with a deadline and at most
     * {@code limits.rowCap()} rows and {@code limits.byteCap()} bytes of rows.
     *
     * @throws ConsoleRefusal before running, with a reason code
     * @throws ConsoleTimeout when it ran longer than {@code limits.timeout()}
     * @throws GraphException when Neo4j failed while running it (e.g. division by zero)
     */
    public ConsoleResult console(String query, Map<String, Object> params, ConsoleLimits limits) {
        return console().run(query, params, limits);
    }

    /** One console per store, so that it reads the procedure modes once. */
    private synchronized CypherConsole console() {
        if (console == null) {
            console = new CypherConsole(consoleDriver, database);
        }
        return console;
    }

    /** Runs {@code work} in one write transaction: all of it commits, or none. */
    <T> T write(Function<TransactionContext, T> work) {
        try (Session session = session()) {
            return session.executeWrite(work::apply);
        }
    }

    /** Runs the read query of {@code cypher/<name>.cypher} (e.g. "analysis/theme-cooccurrence"). */
    public QueryResult readFile(String name, Map<String, Object> params) {
        return read(CypherFiles.statement(name), params);
    }

    /** Runs every statement of {@code cypher/<name>.cypher} in one write transaction. */
    public void writeFile(String name, Map<String, Object> params) {
        write(tx -> {
            for (String statement : CypherFiles.statements(name)) {
                tx.run(statement, params).consume();
            }
            return null;
        });
    }

    /**
     * Runs {@code steps} in one write transaction (each file's statements in order; the result of its last one
     * kept), then records every source's store check again, since corrections change how many relationships a
     * source's items have: all of it commits, or none.
     */
    public List<QueryResult> curate(List<CypherStep> steps) {
        return write(tx -> {
            List<QueryResult> results = new ArrayList<>();
            for (CypherStep step : steps) {
                QueryResult last = null;
                for (String statement : CypherFiles.statements(step.file())) {
                    last = collect(tx.run(statement, step.params()));
                }
                results.add(last);
            }
            for (Record source : tx.run(CypherFiles.statement("load/source-ids")).list()) {
                StoreCheck.record(tx, source.get(0).asString());
            }
            return results;
        });
    }

    private static QueryResult collect(Result result) {
        List<String> columns = result.keys();
        List<List<Object>> rows = new ArrayList<>();
        for (Record record : result.list()) {
            List<Object> row = new ArrayList<>(columns.size());
            record.values().forEach(v -> row.add(Values.plain(v)));
            rows.add(row);
        }
        return new QueryResult(columns, rows);
    }

    private Session session() {
        return database == null ? driver.session() : driver.session(SessionConfig.forDatabase(database));
    }

    @Override
    public void close() {
        consoleDriver.close();
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
