package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CypherScannerTest {

    private static CypherScanner scan(String cypher) {
        return CypherScanner.scan(cypher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RETURN 'LOAD CSV'", "RETURN \"load csv\"", "RETURN 1 AS `LOAD CSV`",
        "// LOAD CSV FROM 'file:///etc/passwd'\nRETURN 1", "/* LOAD\nCSV */ RETURN 1", "RETURN 'it\\'s LOAD CSV'",
        "MATCH (n:LOAD) RETURN n.csv", "RETURN \"a \\\" LOAD CSV\""})
    void loadCsvInLiteralsAndCommentsIsNotCode(String cypher) {
        assertFalse(scan(cypher).loadsCsv(), cypher);
    }

    @ParameterizedTest
    @ValueSource(strings = {"LOAD CSV FROM 'x' AS l RETURN l", "load   csv with headers from 'x' AS l RETURN l",
        "LOAD\n\tCsv FROM 'x' AS l RETURN l", "LOAD /* hidden */ CSV FROM 'x' AS l RETURN l",
        "LOAD C\\u0053V FROM 'x' AS l RETURN l", "RETURN 'a\\\\' AS s LOAD CSV FROM 'x' AS l RETURN l",
        "WITH '//' AS s LOAD CSV FROM 'x' AS l RETURN l"})
    void loadCsvInCodeIsFound(String cypher) {
        assertTrue(scan(cypher).loadsCsv(), cypher);
    }

    @Test
    void escapesAreDecodedEverywhereAsNeo4jDoes() {
        assertTrue(scan("WITH 1 AS one // \\u000A LOAD CSV FROM 'x' AS l RETURN l").loadsCsv());
        assertTrue(scan("WITH 1 AS one /* *\\u002F LOAD CSV FROM 'x' AS l RETURN l").loadsCsv());
        assertFalse(scan("RETURN 1 // \\u0041 LOAD CSV").loadsCsv());
        assertTrue(scan("WITH '\\u0027 AS s LOAD CSV FROM 'file:///etc/hostname' AS l RETURN l").loadsCsv());
        assertTrue(scan("WITH 1 AS `x\\u0060 LOAD CSV FROM 'x' AS l RETURN l").loadsCsv());
    }

    @Test
    void trailingSemicolonAndCommentsAreDropped() {
        assertEquals("RETURN 1", scan("  RETURN 1;  // done\n").statement());
        assertEquals("RETURN ';' AS s", scan("RETURN ';' AS s").statement());
        assertEquals("RETURN 1", scan("RETURN 1;;").statement());
        assertFalse(scan("RETURN 1;  /* nothing more */ ;").hasMultipleStatements());
        assertFalse(scan("RETURN ';' AS s, \"; RETURN 2\" AS t // ; RETURN 3").hasMultipleStatements());
    }

    @Test
    void secondStatementIsFound() {
        assertTrue(scan("RETURN 1; RETURN 2").hasMultipleStatements());
        assertTrue(scan("MATCH (n) RETURN n;\nCREATE (m)").hasMultipleStatements());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \n\t", "// only a comment", "/* only */", ";", " ; ;"})
    void blankIsEmpty(String cypher) {
        assertTrue(scan(cypher).isEmpty(), cypher);
    }

    @Test
    void procedureNamesAfterCall() {
        assertEquals(Set.of("db.labels"), scan("CALL db.labels()").procedures());
        assertEquals(Set.of("db.index.fulltext.queryNodes"),
                scan("CALL db.index.fulltext.queryNodes('item_text', $term) YIELD node RETURN node").procedures());
        assertEquals(Set.of("db.createLabel"), scan("call `db`.`createLabel`('X')").procedures());
        assertEquals(Set.of("db.labels"), scan("OPTIONAL CALL db . labels YIELD label RETURN label").procedures());
        assertEquals(Set.of("db.createLabel"), scan("C\\u0041LL db.createLabel('X')").procedures());
        assertEquals(List.of("db.labels", "db.relationshipTypes"), List.copyOf(
                scan("CALL db.labels() YIELD label CALL db.relationshipTypes() YIELD relationshipType RETURN *").procedures()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"CALL { MATCH (n) RETURN n } RETURN n", "MATCH (n) CALL (n) { RETURN n.id AS id } RETURN id",
        "RETURN 'CALL db.createLabel(1)'", "MATCH (n) RETURN n.call", "// CALL db.createLabel('X')\nRETURN 1",
        "MATCH (n:Call) RETURN n"})
    void subqueriesLiteralsAndPropertiesAreNoProcedures(String cypher) {
        assertEquals(Set.of(), scan(cypher).procedures(), cypher);
    }

    @Test
    void parameterNames() {
        assertEquals(List.of("id", "odd name", "0"), List.copyOf(
                scan("MATCH (a:Actor {id: $id}) WHERE a.x = $`odd name` OR a.y = $0 RETURN '$not', a // $nor").parameters()));
    }

    @Test
    void terminateTransactions() {
        assertTrue(scan("TERMINATE TRANSACTIONS 'neo4j-transaction-1'").terminatesTransactions());
        assertTrue(scan("SHOW TRANSACTIONS YIELD transactionId AS t terminate transaction t YIELD *").terminatesTransactions());
        assertFalse(scan("RETURN 'TERMINATE TRANSACTIONS'").terminatesTransactions());
        assertFalse(scan("SHOW TRANSACTIONS").terminatesTransactions());
    }

    @Test
    void explainIsPrefixedUnlessTheQueryHasAnExecutionMode() {
        assertEquals(new CypherScanner.Explained("EXPLAIN MATCH (n) RETURN n", 8), scan("MATCH (n) RETURN n;").explained());
        assertEquals(new CypherScanner.Explained("EXPLAIN MATCH (n) RETURN n", 0), scan("PROFILE MATCH (n) RETURN n").explained());
        assertEquals(new CypherScanner.Explained(" explain RETURN 1", 0), scan(" explain RETURN 1").explained());
    }

    @Test
    void tokensKeepQuotedNamesAndStrings() {
        assertEquals(List.of("RETURN", "'a\\''", ",", "we`ird"),
                scan("RETURN 'a\\'' /* c */, `we``ird`").tokens().stream().map(CypherScanner.Token::text).toList());
    }
}
