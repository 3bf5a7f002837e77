package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * a READ transaction (a second guard: Neo4j stops its first write) with Neo4j's transaction timeout, and
 * streamed only up to the row cap.
 */
final class CypherConsole {

    private final Driver driver;
    private final String database;
    private final ConsoleGuard guard = new ConsoleGuard();

    CypherConsole(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    ConsoleResult run(String query, Map<String, Object> params, ConsoleLimits limits) {
        CypherScanner scanner = CypherScanner.scan(query == null ? "" : query);
        Map<String, Object> values = params == null ? Map.of() : params;
        String type;
        try (Session session = session(1)) {
            type = guard.check(scanner, values, session, config(limits), limits);
        }
        return execute(scanner.statement(), values, limits, type);
    }

    /** Runs the statement without the guard's checks, in a READ transaction. */
    ConsoleResult execute(String statement, Map<String, Object> params, ConsoleLimits limits, String queryType) {
        long start = System.nanoTime();
        // Fetching one row beyond the cap says whether there are more, without fetching them.
        try (Session session = session(limits.rowCap() + 1L);
                Transaction tx = session.beginTransaction(config(limits))) {
            Result result = tx.run(statement, params);
            List<List<Object>> rows = new ArrayList<>();
            while (rows.size() <= limits.rowCap() && result.hasNext()) {
                rows.add(plain(result.next()));
            }
            boolean truncated = rows.size() > limits.rowCap();
            List<List<Object>> kept = truncated ? rows.subList(0, limits.rowCap()) : rows;
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            return new ConsoleResult(result.keys(), kept, truncated, limits.rowCap(), limits.timeout().toMillis(),
                    elapsed, queryType);
        } catch (Neo4jException e) {
            throw ConsoleErrors.running(e, limits);
        }
    }

    private static List<Object> plain(Record record) {
        List<Object> row = new ArrayList<>(record.size());
        record.values().forEach(v -> row.add(Values.plain(v)));
        return row;
    }

    private static TransactionConfig config(ConsoleLimits limits) {
        return TransactionConfig.builder().withTimeout(limits.timeout()).build();
    }

    private Session session(long fetchSize) {
        SessionConfig.Builder config = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).withFetchSize(fetchSize);
        return driver.session((database == null ? config : config.withDatabase(database)).build());
    }
}
