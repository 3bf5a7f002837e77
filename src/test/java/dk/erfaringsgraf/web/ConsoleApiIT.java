package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.testing.WebFixture;
import org.junit.jupiter.api.Test;

/** POST /api/cypher: read-only console over HTTP; every refusal leaves the 673 items untouched. */
class ConsoleApiIT {

    private static final String COUNT = "{\"query\": \"MATCH (i:Item) RETURN count(i) AS items\"}";

    @Test
    void runsAReadQueryWithParameters() {
        JsonNode r = Api.post("/api/cypher", "{\"query\": \"MATCH (a:Actor {id: $id}) RETURN a.name AS name\", "
                + "\"params\": {\"id\": \"jobbanken\"}}");
        assertEquals("name", r.get("columns").get(0).asText());
        assertEquals("Jobbanken", r.get("rows").get(0).get(0).asText());
        assertFalse(r.get("truncated").asBoolean());
        assertEquals(1000, r.get("rowCap").asInt());
        assertEquals(10_000, r.get("timeoutMillis").asInt());
        assertEquals("READ_ONLY", r.get("queryType").asText());
        assertEquals(4 << 20, r.get("byteCap").asInt());
        assertTrue(r.get("cutBy").isNull());
    }

    @Test
    void capsRowsAndSaysSo() {
        JsonNode r = Api.post("/api/cypher", "{\"query\": \"MATCH (i:Item) RETURN i.id ORDER BY i.id\"}");
        assertEquals(673, r.get("rows").size());
        assertFalse(r.get("truncated").asBoolean());
        JsonNode big = Api.post("/api/cypher", "{\"query\": \"UNWIND range(1, 5000) AS x RETURN x\"}");
        assertEquals(1000, big.get("rows").size());
        assertTrue(big.get("truncated").asBoolean());
        assertEquals("rows", big.get("cutBy").asText());
    }

    @Test
    void nodesAndRelationshipsComeBackAsAGraph() {
        JsonNode r = Api.post("/api/cypher", "{\"query\": \"MATCH (i:Item)-[m:MENTIONS]->(a:Actor {id: 'corona-gruppe'}) "
                + "RETURN i, m, a ORDER BY i.id\"}");
        assertEquals(9, r.get("rows").size());
        assertEquals(10, r.get("graph").get("nodes").size(), "nine items and the actor");
        assertEquals(9, r.get("graph").get("links").size());
        assertEquals("MENTIONS", r.get("graph").get("links").get(0).get("type").asText());
    }

    @Test
    void refusesWritesLoadCsvAndWriteProcedures() {
        assertRefused("CREATE (n)", "writes");
        assertRefused("MATCH (i:Item) DETACH DELETE i", "writes");
        assertRefused("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", "load-csv");
        assertRefused("CALL db.createLabel('X')", "procedure");
        assertRefused("MATCH (n) RETURN n; MATCH (m) DELETE m", "multiple-statements");
        assertRefused("SHOW SETTINGS", "command");
        assertRefused("SHOW TRANSACTIONS", "command");
        assertRefused("CALL db.prepareForReplanning()", "procedure");
        assertEquals(673, Api.post("/api/cypher", COUNT).get("rows").get(0).get(0).asInt(), "nothing was written");
    }

    @Test
    void badQueriesAre400WithTheReason() {
        JsonNode syntax = Api.error(400, WebFixture.get().post("/api/cypher", "{\"query\": \"MATCH (n RETURN n\"}"));
        assertEquals("syntax", syntax.get("reason").asText());
        assertEquals("query", syntax.get("parameter").asText());
        assertEquals("parameter", Api.error(400, WebFixture.get().post("/api/cypher", "{\"query\": \"RETURN $x\"}")).get("reason").asText());
        assertEquals("empty", Api.error(400, WebFixture.get().post("/api/cypher", "{\"query\": \"  \"}")).get("reason").asText());
        assertEquals("body", Api.error(400, WebFixture.get().post("/api/cypher", "not json")).get("parameter").asText());
        assertEquals("query", Api.error(400, WebFixture.get().post("/api/cypher", "{\"q\": 1}")).get("parameter").asText());
        assertEquals("failed", Api.error(400, WebFixture.get().post("/api/cypher", "{\"query\": \"RETURN 1/0\"}")).get("reason").asText());
        JsonNode memory = Api.error(400, WebFixture.get().post("/api/cypher",
                "{\"query\": \"UNWIND range(1, 20000000) AS x WITH collect('a string of some seventy characters, to fill the memory quickly ' + x) AS l RETURN size(l)\"}"));
        assertEquals("memory", memory.get("reason").asText());
    }

    private static void assertRefused(String query, String reason) {
        JsonNode error = Api.error(403, WebFixture.get().post("/api/cypher", "{\"query\": \"" + query.replace("'", "'") + "\"}"));
        assertEquals("refused", error.get("error").asText());
        assertEquals(reason, error.get("reason").asText(), error.toString());
    }
}
