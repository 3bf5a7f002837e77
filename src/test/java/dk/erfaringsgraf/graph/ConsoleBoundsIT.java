package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import dk.erfaringsgraf.testing.GraphFixture;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, probe 1: the console is bounded in bytes, memory and time, not only in rows. Each test is one
 * of the probes that held the server for minutes before.
 */
class ConsoleBoundsIT {

    /** Collects about 2 GB of strings; 256 MiB are allowed. */
    static final String MEMORY_PROBE = "UNWIND range(1, 20000000) AS x "
            + "WITH collect('a string of some seventy characters, to fill the memory quickly ' + x) AS l RETURN size(l)";

    private final GraphStore store = GraphFixture.get().store();

    /** Before: 1000 rows, 49 MB, 19 s. */
    @Test
    void wideRowsAreCutByBytesWithAStatement() {
        ConsoleResult r = store.console("UNWIND range(1, 1000) AS x RETURN range(1, 10000) AS l", Map.of(),
                ConsoleLimits.defaults());
        assertTrue(r.truncated());
        assertEquals("bytes", r.cutBy());
        assertEquals(ConsoleLimits.DEFAULT_BYTE_CAP, r.byteCap());
        // One row [range(1, 10000)] is 48,897 bytes as JSON: 85 of them fit in 4 MiB.
        assertEquals(85, r.rows().size());
        assertEquals(2 + 85 * 48_897L + 84, r.bytes());
        assertTrue(r.bytes() <= r.byteCap());
    }

    @Test
    void rowsStillCutByRowsSaySo() {
        ConsoleResult r = store.console("UNWIND range(1, 5000) AS x RETURN x", Map.of(), ConsoleLimits.defaults());
        assertEquals(1000, r.rows().size());
        assertEquals("rows", r.cutBy());
        ConsoleResult all = store.console("MATCH (i:Item) RETURN i.id", Map.of(), ConsoleLimits.defaults());
        assertEquals(null, all.cutBy());
        assertEquals(673, all.rows().size());
    }

    /** Neo4j's per-transaction memory limit (256 MiB) stops a query that collects gigabytes within seconds. */
    @Test
    void aQueryOverTheMemoryLimitFailsFastWithAMessage() {
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> store.console(
                MEMORY_PROBE, Map.of(), new ConsoleLimits(Duration.ofSeconds(120), 1000)));
        assertEquals(Reason.MEMORY, e.reason());
        assertTrue(e.getMessage().startsWith("the query needs more memory than a console query may use"), e.getMessage());
        assertTrue(e.getMessage().contains("db.memory.transaction.max"), e.getMessage());
    }

    /** The application's deadline (Neo4j's own timeout comes 2 s later) ends the query and its transaction. */
    @Test
    void aQueryPastTheDeadlineIsStoppedAndLeavesNoTransaction() throws InterruptedException {
        long start = System.nanoTime();
        ConsoleTimeout e = assertThrows(ConsoleTimeout.class, () -> store.console(
                "UNWIND range(1, 1000000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*) AS deadlineProbe", Map.of(),
                new ConsoleLimits(Duration.ofMillis(1500), 1000)));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1500L, e.timeoutMillis());
        assertTrue(millis >= 1_500, "stopped after " + millis + " ms, before the deadline");
        assertEquals(List.of(), running("deadlineProbe"));
    }

    /**
     * Before: 242 s and 6 GB. One value the server builds lazily and streams as one record is counted by no
     * memory limit and cut by no byte cap (the driver decodes whole records); the deadline terminates the
     * transaction and, as the driver is still decoding, cuts the console's connection a second later.
     */
    @Test
    void oneHugeValueIsStoppedAtTheDeadline() {
        ConsoleTimeout e = assertThrows(ConsoleTimeout.class, () -> store.console("RETURN range(1, 60000000) AS l", Map.of(),
                new ConsoleLimits(Duration.ofSeconds(3), 1000)));
        assertEquals(3000L, e.timeoutMillis());
        assertEquals(List.of(List.of(673L)), store.console("MATCH (i:Item) RETURN count(i)", Map.of(), ConsoleLimits.defaults()).rows(),
                "the console answers again");
    }

    /** Queries still running whose text contains {@code marker}, as an administrator sees them. */
    private List<Object> running(String marker) throws InterruptedException {
        List<Object> left = List.of();
        for (int i = 0; i < 20; i++) {
            left = store.read("SHOW TRANSACTIONS YIELD transactionId, currentQuery, status "
                    + "WHERE currentQuery CONTAINS $marker AND NOT currentQuery CONTAINS 'SHOW TRANSACTIONS' "
                    + "RETURN transactionId + ' ' + status", Map.of("marker", marker)).rows().stream().map(r -> r.get(0)).toList();
            if (left.isEmpty()) {
                break;
            }
            Thread.sleep(100);
        }
        return left;
    }

    /**
     * Each console query has a driver of its own, so the one cut off at its deadline (closing the driver is what
     * stops one huge record) takes no other query with it. Seen in the soak before: an ordinary console query
     * failed with 400 when another query's deadline closed the shared console driver.
     */
    @Test
    void cuttingOneQueryOffLeavesTheOthersRunning() {
        ConsoleDriver drivers = new ConsoleDriver(() -> org.neo4j.driver.GraphDatabase.driver(store.boltUri(),
                GraphFixture.get().boltAuth(), ConsoleDriver.CONFIG));
        try {
            org.neo4j.driver.Driver cut = drivers.lease();
            org.neo4j.driver.Driver other = drivers.lease();
            assertTrue(cut != other, "two running queries share no driver");
            drivers.discard(cut);
            try (org.neo4j.driver.Session s = other.session()) {
                assertEquals(1, s.run("RETURN 1 AS one").single().get("one").asInt());
            }
            assertThrows(RuntimeException.class, () -> {
                try (org.neo4j.driver.Session s = cut.session()) {
                    s.run("RETURN 1").consume();
                }
            });
            drivers.release(other);
            assertTrue(drivers.lease() == other, "a finished query's driver serves the next one");
        } finally {
            drivers.close();
        }
    }
}
