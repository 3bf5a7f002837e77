package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.QueryLibrary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.summary.Plan;

/** The guarded Cypher console against the bundled corpus (673 items): what it runs, caps, refuses and stops. */
class ConsoleQueryIT {

    private static final ConsoleLimits DEFAULTS = ConsoleLimits.defaults();

    private final GraphStore store = GraphFixture.get().store();

    private ConsoleResult console(String query, Map<String, Object> params) {
        return store.console(query, params, DEFAULTS);
    }

    /** Counts that any write the console let through would change: items, nodes, relationships, indexes. */
    private List<Object> fingerprint() {
        List<Object> counts = new java.util.ArrayList<>(store.read("MATCH (i:Item) WITH count(i) AS items "
                + "MATCH (n) WITH items, count(n) AS nodes, count(n.x) AS marked "
                + "MATCH ()-[r]->() RETURN items, nodes, marked, count(r) AS relationships", Map.of()).rows().get(0));
        counts.add(store.read("SHOW INDEXES YIELD name RETURN collect(name) AS indexes", Map.of()).rows().get(0).get(0));
        return counts;
    }

    @Test
    void countsTheItems() {
        ConsoleResult r = console("MATCH (i:Item) RETURN count(i)", Map.of());
        assertEquals(List.of("count(i)"), r.columns());
        assertEquals(List.of(List.of(673L)), r.rows());
        assertFalse(r.truncated());
        assertEquals("READ_ONLY", r.queryType());
        assertEquals(1000, r.rowCap());
        assertEquals(10_000L, r.timeoutMillis());
        assertTrue(r.elapsedMillis() >= 0, "elapsed " + r.elapsedMillis());
    }

    @Test
    void takesParametersAsJsonGivesThem() {
        assertEquals(List.of(List.of("Jobbanken")),
                console("MATCH (a:Actor {id: $id}) RETURN a.name", Map.of("id", "jobbanken")).rows());
        assertEquals(List.of(List.of(42L)), console("RETURN $n + 1 AS answer;", Map.of("n", 41)).rows());
        Map<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("nothing", null);
        assertEquals(java.util.Collections.singletonList(java.util.Collections.singletonList(null)),
                console("RETURN $nothing", withNull).rows());
    }

    @Test
    void nodesArePlainMaps() {
        ConsoleResult r = console("// the job bank\nMATCH (a:Actor {id: 'jobbanken'}) RETURN a", null);
        @SuppressWarnings("unchecked")
        Map<String, Object> actor = (Map<String, Object>) r.rows().get(0).get(0);
        assertEquals(List.of("Actor"), actor.get("_labels"));
        assertEquals("Jobbanken", actor.get("name"));
    }

    @Test
    void readProceduresRun() {
        List<Object> labels = console("CALL db.labels() YIELD label RETURN label ORDER BY label", Map.of())
                .rows().stream().map(row -> row.get(0)).toList();
        assertTrue(labels.containsAll(List.of("Actor", "Item", "Source", "Theme")), labels.toString());
        ConsoleResult hits = console("CALL db.index.fulltext.queryNodes('item_text', $term) YIELD node "
                + "RETURN count(node)", Map.of("term", "jobbank*"));
        assertTrue((Long) hits.rows().get(0).get(0) > 0, hits.toString());
        assertEquals(List.of(List.of(673L)), console("PROFILE MATCH (i:Item) RETURN count(i)", Map.of()).rows());
    }

    /** Every library query runs in the console with its documented example and gives what read() gives. */
    @TestFactory
    Stream<DynamicTest> libraryQueriesRun() {
        return QueryLibrary.files().stream().map(f -> DynamicTest.dynamicTest(f, () -> {
            QueryLibrary.Query q = QueryLibrary.read(f);
            QueryResult expected = store.read(q.cypher(), q.examples());
            ConsoleResult r = console(q.cypher(), q.examples());
            assertEquals(expected.columns(), r.columns(), f);
            assertEquals(expected.rows().size() > 1000, r.truncated(), f);
            assertEquals(expected.rows().subList(0, Math.min(1000, expected.rows().size())), r.rows(), f);
        }));
    }

    @Test
    void rowCapStopsTheStream() {
        ConsoleResult capped = store.console("MATCH (i:Item) RETURN i.id ORDER BY i.id", Map.of(),
                new ConsoleLimits(Duration.ofSeconds(10), 100));
        assertEquals(100, capped.rows().size());
        assertTrue(capped.truncated());
        assertEquals(100, capped.rowCap());
        ConsoleResult all = console("MATCH (i:Item) RETURN i.id", Map.of());
        assertEquals(673, all.rows().size());
        assertFalse(all.truncated());
        ConsoleResult exact = store.console("MATCH (i:Item) RETURN i.id", Map.of(), new ConsoleLimits(Duration.ofSeconds(10), 673));
        assertEquals(673, exact.rows().size());
        assertFalse(exact.truncated());
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("CREATE (n)", Reason.WRITES, "the query writes (WRITE_ONLY); the console is read-only"),
                Arguments.of("MATCH (n) SET n.x = 1", Reason.WRITES, "(WRITE_ONLY)"),
                Arguments.of("MERGE (t:Theme {id: 'ny-tema'}) RETURN t", Reason.WRITES, "(READ_WRITE)"),
                Arguments.of("MATCH (n) DETACH DELETE n", Reason.WRITES, "(WRITE_ONLY)"),
                Arguments.of("CREATE INDEX console_probe FOR (i:Item) ON (i.x)", Reason.WRITES, "(SCHEMA_WRITE)"),
                Arguments.of("MATCH (i:Item) CALL (i) { SET i.x = 1 } RETURN count(*)", Reason.WRITES, "(READ_WRITE)"),
                Arguments.of("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", Reason.WRITES, "terminates transactions"),
                Arguments.of("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("load  csv with headers from 'http://127.0.0.1:1/x.csv' AS row RETURN row", Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("LOAD C\\u0053V FROM 'file:///etc/hostname' AS l RETURN l", Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("WITH '\\u0027 AS s LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("WITH 1 AS one // \\u000A LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l", Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("CALL db.createLabel('X')", Reason.PROCEDURE, "procedure db.createLabel has mode WRITE"),
                Arguments.of("CALL dbms.killQueries([])", Reason.PROCEDURE, "procedure dbms.killQueries reads or changes the server"),
                Arguments.of("CALL db.clearQueryCaches()", Reason.PROCEDURE, "procedure db.clearQueryCaches clears the query caches"),
                Arguments.of("CALL dbms.killConnections([])", Reason.PROCEDURE, "dbms.killConnections reads or changes the server"),
                Arguments.of("CALL db.ping()", Reason.PROCEDURE, "procedure db.ping is not on the console's list"),
                Arguments.of("CALL nope.nothing()", Reason.PROCEDURE, "procedure nope.nothing does not exist"),
                Arguments.of("MATCH (i:Item) WITH i LIMIT 1 CALL db.create.setNodeVectorProperty(i, 'v', [1.0])",
                        Reason.PROCEDURE, "db.create.setNodeVectorProperty has mode WRITE"),
                Arguments.of("CALL `db.labels`()", Reason.PROCEDURE, "There is no procedure with the name `db.labels`"),
                Arguments.of("RETURN 1; MATCH (n) DETACH DELETE n", Reason.MULTIPLE_STATEMENTS, "one statement"),
                Arguments.of("", Reason.EMPTY, "empty"),
                Arguments.of("  // nothing\n ;", Reason.EMPTY, "empty"),
                Arguments.of("MATCH (n RETURN n", Reason.SYNTAX, "Invalid input 'RETURN'"),
                Arguments.of("RETURN nonsense.fn(1)", Reason.SYNTAX, "nonsense.fn"),
                Arguments.of("RETURN $x + $y", Reason.PARAMETER, "$x"));
    }

    @ParameterizedTest
    @MethodSource
    void refused(String query, Reason reason, String message) {
        List<Object> before = fingerprint();
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> console(query, Map.of("y", 1)));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        assertEquals(673L, fingerprint().get(0));
        assertEquals(before, fingerprint());
    }

    @Test
    void reasonsHaveTheirWebCodes() {
        assertEquals(List.of("empty", "multiple-statements", "load-csv", "writes", "procedure", "command", "memory", "syntax",
                "parameter"),
                Stream.of(Reason.values()).map(Reason::code).toList());
        assertEquals(Reason.EMPTY, assertThrows(ConsoleRefusal.class, () -> console(null, null)).reason());
    }

    @Test
    void syntaxErrorsPointIntoWhatWasTyped() {
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> console("MATCH (n RETURN n", Map.of()));
        assertTrue(e.getMessage().endsWith("(line 1, column 10 (offset: 9))"), e.getMessage());
    }

    @Test
    void aValueNeo4jCannotTakeIsAParameterRefusal() {
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> console("RETURN $when", Map.of("when", new Object())));
        assertEquals(Reason.PARAMETER, e.reason());
        assertTrue(e.getMessage().startsWith("parameter $when: "), e.getMessage());
    }

    @Test
    void aFailureWhileRunningIsNoRefusal() {
        GraphException e = assertThrows(GraphException.class, () -> console("UNWIND [1, 0] AS d RETURN 1 / d", Map.of()));
        assertFalse(e instanceof ConsoleRefusal || e instanceof ConsoleTimeout, e.toString());
        assertEquals("The query failed: / by zero", e.getMessage());
    }

    /** The read transaction stops a write even when the guard is skipped. */
    @Test
    void theReadTransactionIsASecondGuard() {
        List<Object> before = fingerprint();
        try (Driver driver = GraphDatabase.driver(store.boltUri(), GraphFixture.get().boltAuth())) {
            CypherConsole unguarded = new CypherConsole(driver, null);
            ConsoleRefusal e = assertThrows(ConsoleRefusal.class,
                    () -> unguarded.execute("MATCH (i:Item) SET i.x = 1", Map.of(), DEFAULTS, "READ_ONLY"));
            assertEquals(Reason.WRITES, e.reason());
            assertTrue(e.getMessage().startsWith("the query writes; the console is read-only (Writing in read access mode"),
                    e.getMessage());
        }
        assertEquals(before, fingerprint());
    }

    /** What the scanner might miss, the EXPLAIN plan shows: the guard reads it operator by operator. */
    @ParameterizedTest
    @MethodSource
    void theExplainPlanIsTheAuthority(String query, Reason reason, String message) {
        ConsoleGuard guard = new ConsoleGuard();
        try (Driver driver = GraphDatabase.driver(store.boltUri(), GraphFixture.get().boltAuth()); Session session = driver.session()) {
            Plan plan = session.run("EXPLAIN " + query).consume().plan();
            ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> guard.checkPlan(plan, session));
            assertEquals(reason, e.reason());
            assertTrue(e.getMessage().contains(message), e.getMessage());
            guard.checkPlan(session.run("EXPLAIN CALL db.labels() YIELD label RETURN label").consume().plan(), session);
        }
    }

    static Stream<Arguments> theExplainPlanIsTheAuthority() {
        return Stream.of(
                Arguments.of("MATCH (i:Item) WITH i LIMIT 1 LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l",
                        Reason.LOAD_CSV, "LOAD CSV"),
                Arguments.of("MATCH (i:Item) CALL (i) { CALL db.createLabel('X') } RETURN 1",
                        Reason.PROCEDURE, "procedure db.createLabel has mode WRITE"),
                Arguments.of("TERMINATE TRANSACTIONS 'neo4j-transaction-1'", Reason.WRITES, "terminates transactions"));
    }

    @Test
    void aLongQueryIsStoppedAtTheTimeLimit() {
        ConsoleTimeout e = assertThrows(ConsoleTimeout.class, () -> store.console(
                "UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)", Map.of(),
                new ConsoleLimits(Duration.ofSeconds(1), 1000)));
        assertEquals(1000L, e.timeoutMillis());
        assertEquals("the query ran longer than the time limit of 1000 ms and was stopped", e.getMessage());
        assertInstanceOf(org.neo4j.driver.exceptions.ClientException.class, e.getCause());
        assertEquals(List.of(List.of(673L)), console("MATCH (i:Item) RETURN count(i)", Map.of()).rows());
    }

    @Test
    void limitsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> new ConsoleLimits(Duration.ZERO, 10));
        assertThrows(IllegalArgumentException.class, () -> new ConsoleLimits(Duration.ofSeconds(1), 0));
        assertEquals(new ConsoleLimits(Duration.ofSeconds(10), 1000), ConsoleLimits.defaults());
    }
}
