package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.ConsoleRefusal.Reason;
import dk.erfaringsgraf.testing.GraphFixture;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 11, probe 4: the console runs the procedures and SHOW commands on its allow-list and refuses the
 * read-mode ones that leak other clients' data or disturb the server, each with its reason.
 */
class ConsoleAllowListIT {

    private final GraphStore store = GraphFixture.get().store();

    @ParameterizedTest
    @ValueSource(strings = {"CALL db.labels()", "CALL db.relationshipTypes()", "CALL db.propertyKeys()",
        "CALL db.schema.visualization()", "CALL db.schema.nodeTypeProperties()", "CALL db.schema.relTypeProperties()",
        "CALL db.index.fulltext.queryNodes('item_text', 'jobbank*') YIELD node RETURN node.id",
        "CALL db.index.fulltext.queryRelationships('item_text', 'x')",
        "SHOW INDEXES", "SHOW ALL INDEXES YIELD name RETURN name", "SHOW FULLTEXT INDEXES", "SHOW CONSTRAINTS",
        "SHOW PROCEDURES", "SHOW FUNCTIONS YIELD name WHERE name STARTS WITH 'db.' RETURN name", "EXPLAIN SHOW INDEXES"})
    void allowedOnesRun(String query) {
        try {
            ConsoleResult r = store.console(query, Map.of(), ConsoleLimits.defaults());
            assertFalse(r.columns().isEmpty(), query);
        } catch (GraphException e) {
            // queryRelationships on a node index is Neo4j's failure, not a refusal: it was allowed to run.
            assertFalse(e instanceof ConsoleRefusal, query + ": " + e.getMessage());
            assertTrue(query.contains("queryRelationships"), query + ": " + e.getMessage());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "SHOW SETTINGS|COMMAND|SHOW SETTINGS lists the server's configuration",
        "SHOW SETTINGS YIELD name, value RETURN name, value|COMMAND|SHOW SETTINGS lists the server's configuration",
        "SH\\u004FW SETTINGS|COMMAND|SHOW SETTINGS lists the server's configuration",
        "SHOW TRANSACTIONS|COMMAND|SHOW TRANSACTIONS lists other clients' queries with their parameters",
        "SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *|COMMAND|lists other clients' queries",
        "SHOW SERVERS|COMMAND|SHOW SERVERS lists the servers",
        "SHOW DATABASES|COMMAND|SHOW DATABASES lists the databases",
        "SHOW USERS|COMMAND|SHOW USERS lists users",
        "CALL db.stats.retrieve('QUERIES')|PROCEDURE|procedure db.stats.retrieve collects and hands out the queries of every client",
        "CALL db.stats.collect('QUERIES')|PROCEDURE|procedure db.stats.collect collects",
        "CALL db.stats.stop('QUERIES')|PROCEDURE|procedure db.stats.stop collects",
        "CALL db.prepareForReplanning()|PROCEDURE|procedure db.prepareForReplanning clears the query caches of every client",
        "CALL db.resampleIndex('item_text')|PROCEDURE|procedure db.resampleIndex makes the server resample index statistics",
        "CALL db.resampleOutdatedIndexes()|PROCEDURE|db.resampleOutdatedIndexes makes the server resample",
        "CALL db.awaitIndexes(300)|PROCEDURE|procedure db.awaitIndexes holds a server thread",
        "CALL db.awaitIndex('item_text', 300)|PROCEDURE|procedure db.awaitIndex holds a server thread",
        "CALL dbms.listConfig()|PROCEDURE|procedure dbms.listConfig reads or changes the server",
        "CALL dbms.components()|PROCEDURE|procedure dbms.components reads or changes the server",
        "MATCH (i:Item) WITH i LIMIT 1 CALL db.stats.retrieve('GRAPH COUNTS') YIELD data RETURN data|PROCEDURE|db.stats.retrieve"})
    void leakingOrDisturbingOnesAreRefusedWithTheirReason(String query, Reason reason, String message) {
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> store.console(query, Map.of(), ConsoleLimits.defaults()));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
    }

    /** The plan is the authority for SHOW too: an operator off the list is refused whatever the text said. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ShowSettings|lists the server's configuration",
        "ShowTransactions|lists other clients' queries", "ShowSomethingNew|is not on the console's list"})
    void showOperatorsOffTheListAreRefused(String operator, String message) {
        ConsoleRefusal e = assertThrows(ConsoleRefusal.class, () -> ConsoleAllowList.requireOperator(operator));
        assertEquals(Reason.COMMAND, e.reason());
        assertTrue(e.getMessage().contains(message), e.getMessage());
        ConsoleAllowList.requireOperator("ShowIndexes");
    }
}
