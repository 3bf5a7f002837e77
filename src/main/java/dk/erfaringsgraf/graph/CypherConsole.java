package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Result;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * The Cypher console: user-typed Cypher, refused unless it only reads ({@link ConsoleGuard}), then run in
 * a READ transaction (a second guard: Neo4j stops its first write) on the console's own driver, and
 * streamed only up to the row and byte caps. At the deadline the application terminates the transaction
 * itself (found by its metadata tag); Neo4j's transaction timeout, a little later, is the backstop.
 */
final class CypherConsole {

    /** How long after the deadline Neo4j's own timeout stops a query the application could not. */
    private static final long BACKSTOP_MILLIS = 2_000;
    /** How long after terminating a query at its deadline the console waits before cutting its connection. */
    private static final long GRACE_MILLIS = 1_000;
    /** Rows per fetch: small, so the byte cap stops the stream after little more than it allows. */
    private static final int FETCH = 50;
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "console-deadlines");
        t.setDaemon(true);
        return t;
    });

    private final ConsoleDriver drivers;
    private final String database;
    private final ConsoleGuard guard = new ConsoleGuard();

    CypherConsole(ConsoleDriver drivers, String database) {
        this.drivers = drivers;
        this.database = database;
    }

    CypherConsole(Driver driver, String database) {
        this(new ConsoleDriver(() -> driver), database);
    }

    ConsoleResult run(String query, Map<String, Object> params, ConsoleLimits limits) {
        CypherScanner scanner = CypherScanner.scan(query == null ? "" : query);
        Map<String, Object> values = params == null ? Map.of() : params;
        String type;
        Driver checking = drivers.lease();
        try (Session session = session(checking, 1)) {
            type = guard.check(scanner, values, session, config(limits, "explain"), limits);
        } finally {
            drivers.release(checking);
        }
        return execute(scanner.statement(), values, limits, type);
    }

    /** Runs the statement without the guard's checks, in a READ transaction, under the deadline. */
    ConsoleResult execute(String statement, Map<String, Object> params, ConsoleLimits limits, String queryType) {
        long start = System.nanoTime();
        String tag = UUID.randomUUID().toString();
        AtomicBoolean expired = new AtomicBoolean();
        AtomicBoolean done = new AtomicBoolean();
        Driver driver = drivers.lease();
        ScheduledFuture<?> deadline = DEADLINES.schedule(() -> {
            expired.set(true);
            terminate(driver, tag);
            // Terminated on the server, but still not answered: the driver is reading a record the server had
            // sent already (one huge value), which no termination stops. Cutting its connections does.
            DEADLINES.schedule(() -> {
                if (!done.get()) {
                    drivers.discard(driver);
                }
            }, GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }, limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (Session session = session(driver, Math.min(FETCH, limits.rowCap() + 1L));
                Transaction tx = session.beginTransaction(config(limits, tag))) {
            Result result = tx.run(statement, params);
            Rows rows = new Rows(limits);
            while (!rows.full() && result.hasNext()) {
                rows.add(plain(result.next()));
            }
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            return new ConsoleResult(result.keys(), rows.kept(), rows.cutBy() != null, limits.rowCap(),
                    limits.timeout().toMillis(), elapsed, queryType, limits.byteCap(), rows.bytes(), rows.cutBy());
        } catch (Neo4jException e) {
            throw ConsoleErrors.running(e, limits, expired.get());
        } catch (IllegalStateException e) {
            // The driver was closed under the query at its deadline.
            if (expired.get()) {
                throw new ConsoleTimeout(limits.timeout().toMillis(), e);
            }
            throw e;
        } finally {
            done.set(true);
            deadline.cancel(false);
            drivers.release(driver);
        }
    }

    /** Terminates the console transaction tagged {@code tag}, if it still runs; failures only mean it ended. */
    private void terminate(Driver driver, String tag) {
        try (Session session = driver.session(database == null ? SessionConfig.defaultConfig() : SessionConfig.forDatabase(database))) {
            List<String> ids = session.run(CypherFiles.statement("console/tagged-transactions"), Map.of("tag", tag))
                    .list(r -> r.get(0).asString());
            if (!ids.isEmpty()) {
                session.run("TERMINATE TRANSACTIONS $ids", Map.of("ids", ids)).consume();
            }
        } catch (RuntimeException e) {
            // Already finished, or the server is gone: Neo4j's own timeout remains.
        }
    }

    /** The rows kept so far and their JSON size; full once a row would pass either cap. */
    private static final class Rows {
        private final ConsoleLimits limits;
        private final List<List<Object>> kept = new ArrayList<>();
        private long bytes = 2;
        private String cutBy;

        Rows(ConsoleLimits limits) {
            this.limits = limits;
        }

        void add(List<Object> row) {
            long size = JsonSize.of(row) + (kept.isEmpty() ? 0 : 1);
            if (kept.size() == limits.rowCap()) {
                cutBy = "rows";
            } else if (bytes + size > limits.byteCap()) {
                cutBy = "bytes";
            } else {
                kept.add(row);
                bytes += size;
            }
        }

        boolean full() {
            return cutBy != null;
        }

        List<List<Object>> kept() {
            return kept;
        }

        long bytes() {
            return bytes;
        }

        String cutBy() {
            return cutBy;
        }
    }

    private static List<Object> plain(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        record.values().forEach(v -> row.add(Values.plain(v)));
        return row;
    }

    private static TransactionConfig config(ConsoleLimits limits, String tag) {
        return TransactionConfig.builder().withTimeout(limits.timeout().plusMillis(BACKSTOP_MILLIS))
                .withMetadata(Map.of("console", tag)).build();
    }

    private Session session(Driver driver, long fetchSize) {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(fetchSize);
        return driver.session((database == null ? config : config.withDatabase(database)).build());
    }
}
