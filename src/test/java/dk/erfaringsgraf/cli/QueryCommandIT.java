package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The query command against the shared graph, reached as an external server over its Bolt port. */
class QueryCommandIT {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int query(String... args) {
        List<String> all = new ArrayList<>(List.of("query"));
        all.addAll(GraphFixture.get().neo4jOptions());
        all.addAll(List.of(args));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void printsAnAlignedTable() {
        assertEquals(0, query("--cypher", "MATCH (s:Source) RETURN s.id AS kilde, s.publisher AS udgiver ORDER BY kilde"));
        assertEquals("""
                kilde           udgiver
                --------------  --------------------------
                kl-2020         KL
                komdir-2020     Kommunaldirektørforeningen
                norddjurs-2021  Norddjurs Kommune
                soroe-2020      Sorø Kommune
                (4 rows)
                """, out.toString().replace("\r\n", "\n"));
    }

    @Test
    void csvAndJsonWithParameters() {
        assertEquals(0, query("--format", "csv", "--param", "kind=challenge", "--cypher",
                "MATCH (i:Item {kind: $kind}) RETURN i.source AS source, count(*) AS n ORDER BY source"));
        assertEquals("source,n\r\nkl-2020,8\r\nkomdir-2020,2\r\nsoroe-2020,74\r\n", out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, query("--format", "json", "--cypher", "MATCH (:Quote)-[:SAID_BY]->(p:Person) RETURN count(p) AS n"));
        assertEquals("[\n  {\n    \"n\": 26\n  }\n]", out.toString().strip().replace("\r\n", "\n"));
    }

    @Test
    void aWritingQueryIsRefusedAndNothingChanges() {
        assertEquals(ErrorHandler.FAILED, query("--cypher", "CREATE (:Source {id: 'x'})"));
        assertTrue(err.toString().startsWith("erfaringsgraf: Refused: the query writes"), err.toString());
        assertEquals(0, query("--format", "csv", "--cypher", "MATCH (s:Source) RETURN count(s) AS n"));
        assertTrue(out.toString().endsWith("n\r\n4\r\n"), out.toString());
    }

    @Test
    void badFormatOrMissingQueryIsBadInput() {
        assertEquals(ErrorHandler.BAD_INPUT, query("--format", "xml", "--cypher", "RETURN 1"));
        assertTrue(err.toString().contains("--format xml: unknown format (valid: table, csv, json)"), err.toString());
        assertEquals(ErrorHandler.BAD_INPUT, query());
        assertTrue(err.toString().contains("give either a FILE.cypher or --cypher"), err.toString());
    }
}
