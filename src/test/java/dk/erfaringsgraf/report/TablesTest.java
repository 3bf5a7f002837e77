package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.InputException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

/** Table building without a database: a stand-in reader answers the source count and one table query. */
class TablesTest {

    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\\s+CSV)\\b");

    /** A graph with {@code sources} sources whose every table query answers {@code result}. */
    private static QueryReader graph(long sources, QueryResult result) {
        return (cypher, params) -> cypher.contains("count(s) AS sources")
                ? new QueryResult(List.of("sources"), List.of(List.of(sources))) : result;
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    @Test
    void anEmptyGraphGetsAClearMessage() {
        QueryReader empty = graph(0, null);
        for (String name : TableCatalog.names()) {
            InputException e = assertThrows(InputException.class, () -> Tables.build(empty, name));
            assertEquals("the graph is empty: run load first", e.getMessage());
        }
    }

    @Test
    void everyTableHasATitledHeaderDeclaringItsColumnsAndIsReadOnly() {
        assertEquals(List.of("theme-source", "theme-source-residuals", "source-overlap", "centrality", "echoes", "gaps",
                "actor-theme", "quotes"), TableCatalog.names());
        for (String name : TableCatalog.names()) {
            TableQuery q = TableQuery.load(name);
            assertTrue(q.title().matches("\\S.* / \\S.*"), name + ": " + q.title());
            assertFalse(q.columns().isEmpty(), name);
            assertEquals(q.columns().size(), q.columns().stream().map(ColumnSpec::name).distinct().count(), name);
            assertFalse(WRITE.matcher(q.cypher()).find(), name + " writes");
            assertFalse(q.cypher().contains("//"), name);
            assertTrue(q.cypher().lastIndexOf("ORDER BY") > q.cypher().lastIndexOf("RETURN"), name + " has no stable order");
        }
        assertEquals("Huller og spændinger i materialet / Gaps and tensions in the material", TableCatalog.title("gaps"));
        assertEquals(Map.of("minChallenges", 5L, "recommendationShare", 0.5, "dominantShare", 0.75),
                TableQuery.load("gaps").defaults());
    }

    @Test
    void aQueryWhoseColumnsDifferFromItsHeaderIsABuildDefect() {
        QueryResult wrong = new QueryResult(List.of("source", "kind"), List.of());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> Tables.build(graph(4, wrong), "source-overlap"));
        assertEquals("cypher/tables/source-overlap.cypher returns [source, kind] but its header declares"
                + " [source, kind, id, items]", e.getMessage());
    }

    @Test
    void aValueOfTheWrongTypeNamesTheColumn() {
        QueryResult wrong = new QueryResult(List.of("source", "kind", "id", "items"), List.of(row("kl-2020", "theme", 7L, 1L)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Tables.build(graph(4, wrong), "source-overlap"));
        assertEquals("Column id is string but the query gave Long 7", e.getMessage());
    }

    /** The pivot has a column per kind the extractor knows, in its order (question included). */
    @Test
    void themeSourceHasAColumnForEveryKind() {
        assertEquals(Arrays.stream(ItemKind.values()).map(ItemKind::id).toList(), List.copyOf(ThemeSourcePivot.KINDS.keySet()));
        assertEquals("questions", ThemeSourcePivot.KINDS.get("question"));
    }

    /** Theme b has no items (one row with null source); the totals rows carry theme null. */
    @Test
    void themeSourcePivotsKindsIntoColumnsPerSourceWithTotals() {
        QueryResult rows = new QueryResult(List.of("theme", "name", "source", "kind", "items"), List.of(
                row("a", "Å", "kl", "observation", 2L), row("a", "Å", "kl", "quote", 1L),
                row("a", "Å", "soroe", "challenge", 3L), row("b", "Bæ", null, null, 0L),
                row(null, null, "kl", "observation", 2L), row(null, null, "kl", "quote", 1L),
                row(null, null, "soroe", "challenge", 3L)));
        Table t = Tables.build(graph(2, rows), "theme-source");
        assertEquals(List.of("a", "b", "(total)"), t.stringColumn("theme").asList());
        assertEquals(List.of("Å", "Bæ", "I alt: udsagn med mindst ét tema"), t.stringColumn("name").asList());
        assertEquals(2 + 2 * 7 + 2, t.columnCount());
        assertEquals(List.of(2, 0, 2), t.intColumn("kl observations").asList());
        assertEquals(List.of(0, 0, 0), t.intColumn("kl questions").asList());
        assertEquals(List.of(3, 0, 3), t.intColumn("kl items").asList());
        assertEquals(List.of(3, 0, 3), t.intColumn("soroe challenges").asList());
        assertEquals(List.of(0, 0, 0), t.intColumn("soroe opportunities").asList());
        assertEquals(List.of(6, 0, 6), t.intColumn("items").asList());
        assertEquals(List.of(2, 0, 2), t.intColumn("sources").asList());
    }

    @Test
    void sourceOverlapLeavesRatiosOfEmptySetsMissing() {
        QueryResult rows = new QueryResult(List.of("source", "kind", "id", "items"), List.of(
                row("a", "theme", "t1", 1L), row("a", "theme", "t2", 1L), row("a", "theme", "t3", 2L),
                row("b", "theme", "t2", 2L), row("b", "theme", "t3", 1L), row("b", "theme", "t4", 1L),
                row("b", "actor", "x", 1L)));
        Table t = Tables.build(graph(2, rows), "source-overlap");
        assertEquals(1, t.rowCount());
        // {t1,t2,t3} and {t2,t3,t4}: 2 shared of 4, overlap 2/3. Actors: {} and {x}: Jaccard 0/1, overlap undefined.
        assertEquals(List.of(3, 3, 2), List.of(t.intColumn("themes").get(0), t.intColumn("otherThemes").get(0),
                t.intColumn("sharedThemes").get(0)));
        assertEquals(0.5, t.doubleColumn("themeJaccard").get(0));
        assertEquals(0.6667, t.doubleColumn("themeOverlap").get(0));
        // counts (1, 1, 2, 0) and (0, 2, 1, 1): (2 + 2) / (√6 · √6) = 2/3
        assertEquals(0.6667, t.doubleColumn("themeCosine").get(0));
        assertEquals(0.0, t.doubleColumn("actorJaccard").get(0));
        assertTrue(t.doubleColumn("actorOverlap").isMissing(0));
        assertTrue(t.doubleColumn("actorCosine").isMissing(0));
    }

    /** Two sources with 10 and 30 themed items; theme a in 6 of each, theme b in none. */
    @Test
    void themeSourceResidualsHasARowPerThemeAndSourceWithShareAndResidual() {
        QueryResult rows = new QueryResult(List.of("theme", "name", "source", "items"), List.of(
                row("a", "Å", "kl", 6L), row("a", "Å", "soroe", 6L), row("b", "Bæ", null, 0L),
                row(null, null, "kl", 10L), row(null, null, "soroe", 30L)));
        Table t = Tables.build(graph(2, rows), "theme-source-residuals");
        assertEquals(List.of("theme", "name", "source", "items", "sourceItems", "share", "expected", "residual"),
                t.columnNames());
        assertEquals(List.of("a", "a", "b", "b"), t.stringColumn("theme").asList());
        assertEquals(List.of("kl", "soroe", "kl", "soroe"), t.stringColumn("source").asList());
        assertEquals(List.of(6, 6, 0, 0), t.intColumn("items").asList());
        assertEquals(List.of(10, 30, 10, 30), t.intColumn("sourceItems").asList());
        assertEquals(List.of(0.6, 0.2, 0.0, 0.0), t.doubleColumn("share").asList());
        // E = 12 · 10 / 40 = 3; (6 − 3) / √(3 · (1 − 12/40) · (1 − 10/40)) = 3 / √1.575 = 2.3905; soroe the mirror
        assertEquals(List.of(3.0, 9.0, 0.0, 0.0), t.doubleColumn("expected").asList());
        assertEquals(2.3905, t.doubleColumn("residual").get(0));
        assertEquals(-2.3905, t.doubleColumn("residual").get(1));
        assertTrue(t.doubleColumn("residual").isMissing(2));
    }

    @Test
    void actorThemePivotHasAColumnForEveryThemeEvenUnmentioned() {
        QueryResult rows = new QueryResult(List.of("actor", "name", "by", "theme", "items"), List.of(
                row(null, null, null, "t1", 0L), row(null, null, null, "t2", 0L),
                row("jobbanken", "Jobbanken", "text", "t1", 3L), row("jobbanken", "Jobbanken", "text", null, 4L),
                row("jobbanken", "Jobbanken", "section", "t1", 5L), row("jobbanken", "Jobbanken", "section", "t2", 1L),
                row("jobbanken", "Jobbanken", "section", null, 6L),
                row("politi", "Politiet", "text", null, 0L)));
        Table t = Tables.build(graph(1, rows), "actor-theme");
        assertEquals(List.of("actor", "name", "by", "items", "t1", "t2"), t.columnNames());
        // One row per actor and kind of mention, in the query's order; the section row keeps its own counts.
        assertEquals(List.of("jobbanken", "jobbanken", "politi"), t.stringColumn("actor").asList());
        assertEquals(List.of("text", "section", "text"), t.stringColumn("by").asList());
        assertEquals(List.of(4, 6, 0), t.intColumn("items").asList());
        assertEquals(List.of(3, 5, 0), t.intColumn("t1").asList());
        assertEquals(List.of(0, 1, 0), t.intColumn("t2").asList());
    }
}
