package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.QueryLibrary;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.ColumnType;
import tech.tablesaw.api.Table;

/**
 * The comparison tables on the bundled corpus. Expected values were derived independently of Neo4j from
 * {@code java -jar target/erfaringsgraf.jar extract --out items.jsonl} (python over the JSON Lines: counts of
 * items per theme, source and kind; theme and actor sets per source), or cross-checked against the analysts'
 * library queries in cypher/queries/, which another engineer wrote and tested.
 */
class TablesIT {

    private static final List<String> SOURCES = List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020");

    private final GraphStore store = GraphFixture.get().store();

    private Table build(String name) {
        return Tables.build(store, name);
    }

    /** The row whose {@code column} holds {@code key}. */
    static int row(Table table, String column, String key) {
        int at = table.stringColumn(column).indexOf(key);
        assertTrue(at >= 0, key + " not in " + table.name() + "." + column);
        return at;
    }

    private static List<Integer> ints(Table table, int row, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> table.intColumn(c).get(row)).toList();
    }

    private QueryResult library(String file, Map<String, Object> params) {
        return store.read(QueryLibrary.read(file).cypher(), params);
    }

    @Test
    void themeSourceCountsDigitalisationByKindInAllFourSources() {
        Table t = build("theme-source");
        // 27 codebook themes plus the totals row; theme, name, 4 sources × (6 kinds + items), items, sources.
        assertEquals(28, t.rowCount());
        assertEquals(2 + 4 * 7 + 2, t.columnCount());
        assertEquals(List.of("theme", "name", "kl-2020 opportunities", "kl-2020 challenges", "kl-2020 recommendations",
                "kl-2020 questions", "kl-2020 observations", "kl-2020 quotes", "kl-2020 items", "komdir-2020 opportunities"),
                t.columnNames().subList(0, 10));
        assertEquals(List.of("soroe-2020 items", "items", "sources"), t.columnNames().subList(29, 32));
        int d = row(t, "theme", "digitalisering");
        assertEquals("Digitalisering og teknologi", t.stringColumn("name").get(d));
        // Per source, typed findings and quotes about digitalisation: KL 30, komdir 44, Norddjurs 6, Sorø 60.
        assertEquals(List.of(30, 44, 6, 60, 140, 4), ints(t, d, "kl-2020 items", "komdir-2020 items",
                "norddjurs-2021 items", "soroe-2020 items", "items", "sources"));
        assertEquals(List.of(13, 3, 1, 6, 7), ints(t, d, "kl-2020 opportunities", "kl-2020 challenges",
                "kl-2020 recommendations", "kl-2020 observations", "kl-2020 quotes"));
        assertEquals(List.of(2, 0, 4, 0, 0), ints(t, d, "norddjurs-2021 opportunities", "norddjurs-2021 challenges",
                "norddjurs-2021 recommendations", "norddjurs-2021 observations", "norddjurs-2021 quotes"));
        assertEquals(List.of(12, 13, 16, 1, 18), ints(t, d, "soroe-2020 opportunities", "soroe-2020 challenges",
                "soroe-2020 recommendations", "soroe-2020 observations", "soroe-2020 quotes"));
        // teknik-miljoe is KL's welfare area (13) with 3 komdir items: the only theme of just two sources.
        assertEquals(List.of(13, 3, 0, 0, 2), ints(t, row(t, "theme", "teknik-miljoe"), "kl-2020 items",
                "komdir-2020 items", "norddjurs-2021 items", "soroe-2020 items", "sources"));
    }

    @Test
    void themeSourceSeventeenThemesAreSharedByAllFourSources() {
        Table t = build("theme-source");
        Table all = t.where(t.intColumn("sources").isEqualTo(4).and(t.stringColumn("theme").isNotEqualTo("(total)")));
        // Norddjurs raises 18 themes; all but oekonomi-ressourcer (KL, Norddjurs, Sorø only) are in all four.
        assertEquals(List.of("arbejdsmiljoe-trivsel", "borgerservice", "digitalisering", "faglighed-motivation",
                "kerneopgave-drift", "kommunikation", "krisehaandtering", "ledelse", "lokaldemokrati", "nationale-rammer",
                "relationer-faellesskab", "saarbare-borgere", "sundhed-aeldre", "tillid-frisaettelse",
                "tvaergaaende-samarbejde", "udvikling-forandring", "virtuelle-moeder"), all.stringColumn("theme").asList());
        assertEquals(3, t.intColumn("sources").get(row(t, "theme", "oekonomi-ressourcer")));
    }

    @Test
    void themeSourceTotalsRowCountsEachThemedItemOnce() {
        Table t = build("theme-source");
        int total = t.rowCount() - 1;
        assertEquals("(total)", t.stringColumn("theme").get(total));
        // 673 items, 22 of them with no theme: KL 151 of 161, komdir 101 of 105, Norddjurs 20 of 21, Sorø 379 of 386.
        assertEquals(List.of(151, 101, 20, 379, 651, 4), ints(t, total, "kl-2020 items", "komdir-2020 items",
                "norddjurs-2021 items", "soroe-2020 items", "items", "sources"));
        // Sorø's labels give 62 / 70 / 53; its prose typed by its words adds the rest (themed items only)
        assertEquals(List.of(82, 74, 68, 9, 145), ints(t, total, "soroe-2020 opportunities", "soroe-2020 challenges",
                "soroe-2020 recommendations", "soroe-2020 observations", "soroe-2020 quotes"));
    }

    /** Every theme × source cell agrees with the library's theme-source-matrix query (a different Cypher). */
    @Test
    void themeSourceAgreesWithTheLibraryMatrix() {
        Table t = build("theme-source");
        QueryResult matrix = library("theme-source-matrix.cypher", Map.of());
        assertEquals(27, matrix.rows().size());
        for (List<Object> m : matrix.rows()) {
            int r = row(t, "theme", (String) m.get(0));
            List<Long> expected = ((List<?>) m.get(3)).stream().map(Long.class::cast).toList();
            assertEquals(SOURCES, m.get(2));
            assertEquals(expected, SOURCES.stream().map(s -> (long) t.intColumn(s + " items").get(r)).toList(),
                    (String) m.get(0));
            assertEquals(m.get(4), (long) t.intColumn("items").get(r));
        }
    }

    @Test
    void sourceOverlapPairsWithJaccardAndOverlapComputedByHand() {
        Table t = build("source-overlap");
        assertEquals(List.of("source", "other", "themes", "otherThemes", "sharedThemes", "themeJaccard", "themeOverlap",
                "themeCosine", "actors", "otherActors", "sharedActors", "actorJaccard", "actorOverlap", "actorCosine"),
                t.columnNames());
        // Only the 4 sources (the Sorø PDF rendition is not one): 6 unordered pairs.
        assertEquals(List.of("kl-2020", "kl-2020", "kl-2020", "komdir-2020", "komdir-2020", "norddjurs-2021"),
                t.stringColumn("source").asList());
        assertEquals(List.of("komdir-2020", "norddjurs-2021", "soroe-2020", "norddjurs-2021", "soroe-2020", "soroe-2020"),
                t.stringColumn("other").asList());
        // KL raises all 27 themes, komdir 26 (not oekonomi-ressourcer): shared 26, Jaccard 26/27, overlap 26/26.
        // Actors: KL mentions 14, komdir 9, 8 in common: Jaccard 8/15 = 0.5333, overlap 8/9 = 0.8889.
        assertEquals(List.of(27, 26, 26, 14, 9, 8), ints(t, 0, "themes", "otherThemes", "sharedThemes", "actors",
                "otherActors", "sharedActors"));
        assertEquals(List.of(0.963, 1.0, 0.5333, 0.8889), doubles(t, 0));
        // Norddjurs' 18 themes all occur in Sorø's 26: Jaccard 18/26, overlap 1; actors 7 and 14 sharing 4:
        // Jaccard 4/17 = 0.2353, overlap 4/7 = 0.5714.
        assertEquals(List.of(18, 26, 18, 7, 14, 4), ints(t, 5, "themes", "otherThemes", "sharedThemes", "actors",
                "otherActors", "sharedActors"));
        assertEquals(List.of(0.6923, 1.0, 0.2353, 0.5714), doubles(t, 5));
    }

    /**
     * The cosine of theme shares tells apart what Jaccard cannot: KL, komdir and Sorø share 25–26 themes (Jaccard
     * 0.93–0.96), but KL and Sorø weigh them most alike (0.8755), komdir and Norddjurs least (0.7326). The six
     * values agree with src/test/scripts/check-comparisons.py, which recomputes them from {@code extract --out} in python.
     */
    @Test
    void sourceOverlapCosineOfThemeSharesSeparatesTheLargeSources() {
        Table t = build("source-overlap");
        assertEquals(List.of(0.7488, 0.7709, 0.8755, 0.7326, 0.7927, 0.7478), t.doubleColumn("themeCosine").asList());
        assertEquals(List.of(0.963, 0.6667, 0.963, 0.6296, 0.9259, 0.6923), t.doubleColumn("themeJaccard").asList());
        // Actors: komdir's 9 and Sorø's 14 share 6, but what each says most about differs: 0.1746.
        assertEquals(0.1746, t.doubleColumn("actorCosine").get(4));
    }

    /**
     * Share and adjusted residual per theme and source (checked against src/test/scripts/check-comparisons.py). Sorø has
     * the most digitalisation items of all (60) yet under-represents the theme (−4.16); it over-represents
     * working environment (54 of its 379 themed items, 2.90) more than any other theme.
     */
    @Test
    void themeSourceResidualsShowWhatEachSourceOverAndUnderRepresents() {
        Table t = build("theme-source-residuals");
        assertEquals(27 * 4, t.rowCount());
        Table pivot = build("theme-source");
        int totals = pivot.rowCount() - 1;
        for (int r = 0; r < t.rowCount(); r++) {
            String source = t.stringColumn("source").get(r);
            int theme = row(pivot, "theme", t.stringColumn("theme").get(r));
            assertEquals(pivot.intColumn(source + " items").get(theme), t.intColumn("items").get(r));
            assertEquals(pivot.intColumn(source + " items").get(totals), t.intColumn("sourceItems").get(r));
        }
        Table soroe = t.where(t.stringColumn("source").isEqualTo("soroe-2020"));
        Table over = soroe.sortDescendingOn("residual");
        assertEquals("arbejdsmiljoe-trivsel", over.stringColumn("theme").get(0));
        assertEquals(List.of(54, 379), List.of(over.intColumn("items").get(0), over.intColumn("sourceItems").get(0)));
        assertEquals(List.of(0.1425, 42.4992, 2.8965), List.of(over.doubleColumn("share").get(0),
                over.doubleColumn("expected").get(0), over.doubleColumn("residual").get(0)));
        int digital = row(soroe, "theme", "digitalisering");
        assertEquals(60, soroe.intColumn("items").get(digital));
        assertEquals(List.of(0.1583, 81.5054, -4.1595), List.of(soroe.doubleColumn("share").get(digital),
                soroe.doubleColumn("expected").get(digital), soroe.doubleColumn("residual").get(digital)));
        // Kommunaldirektørforeningen's digital dynamo: 44 of 101 items, the largest residual in the table.
        Table top = t.sortDescendingOn("residual");
        assertEquals(List.of("digitalisering", "komdir-2020"), List.of(top.stringColumn("theme").get(0),
                top.stringColumn("source").get(0)));
        assertEquals(5.8703, top.doubleColumn("residual").get(0));
    }

    private static List<Double> doubles(Table t, int row) {
        return List.of(t.doubleColumn("themeJaccard").get(row), t.doubleColumn("themeOverlap").get(row),
                t.doubleColumn("actorJaccard").get(row), t.doubleColumn("actorOverlap").get(row));
    }

    /**
     * Centrality properties are written by the analysis step, which may or may not have run on the shared
     * graph: the columns and their types are fixed either way, and items and sources are counted here.
     */
    @Test
    void centralityHasItsTypedColumnsWithOrWithoutTheAnalysis() {
        Table t = build("centrality");
        assertEquals(List.of("type", "id", "name", "items", "byText", "bySection", "sources", "betweenness", "pagerank",
                "harmonic", "weightedDegree", "community"), t.columnNames());
        assertEquals(List.of(ColumnType.STRING, ColumnType.STRING, ColumnType.STRING, ColumnType.INTEGER,
                ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.INTEGER, ColumnType.DOUBLE, ColumnType.DOUBLE,
                ColumnType.DOUBLE, ColumnType.DOUBLE, ColumnType.INTEGER), t.types());
        // 27 themes first, then 22 actors.
        assertEquals(27 + 22, t.rowCount());
        assertEquals(27, t.stringColumn("type").countOccurrences("theme"));
        assertTrue(IntStream.range(0, 27).allMatch(r -> t.stringColumn("type").get(r).equals("theme")));
        // digitalisering: 140 items, 89 by one of its chapters (Sorø's Teknologi, KL's Digitalisering, KOMDIR's
        // digital dynamo …), 51 by keywords elsewhere.
        int d = row(t, "id", "digitalisering");
        assertEquals(List.of(140, 51, 89, 4), ints(t, d, "items", "byText", "bySection", "sources"));
        // kriseberedskab: Sorø 10, KL 8 + 2 by its chapter "Kriseberedskabet i kommunerne", komdir 2 items.
        assertEquals(List.of(22, 20, 2, 3), ints(t, row(t, "id", "kriseberedskab"), "items", "byText", "bySection",
                "sources"));
        // Jobbanken: 8 items name it, 13 more stand in its chapter.
        assertEquals(List.of(21, 8, 13, 2), ints(t, row(t, "id", "jobbanken"), "items", "byText", "bySection", "sources"));
        for (int r = 0; r < t.rowCount(); r++) {
            assertEquals(t.intColumn("items").get(r), t.intColumn("byText").get(r) + t.intColumn("bySection").get(r),
                    "one kind of evidence per item: " + t.stringColumn("id").get(r));
        }
        assertEquals("Kriseberedskabet", t.stringColumn("name").get(row(t, "id", "kriseberedskab")));
    }

    /** The echo rows need the analysis; it writes only node scores and ECHOES, which no other test here reads. */
    private void analysed() {
        Analysis analysis = new Analysis(store);
        if (!analysis.current()) {
            analysis.run();
        }
    }

    @Test
    void echoesHasItsColumnsAndOneRowPerEchoesRelationship() {
        analysed();
        Table t = build("echoes");
        assertEquals(List.of("similarity", "relation", "basis", "cosine", "themeFactor", "item", "source", "kind",
                "line", "text", "otherItem", "otherSource", "otherKind", "otherLine", "otherText", "terms"),
                t.columnNames());
        assertEquals(ColumnType.DOUBLE, t.column("similarity").type());
        assertEquals(ColumnType.INTEGER, t.column("otherLine").type());
        // No ECHOES until the analysis step writes them; then one row each.
        long echoes = (Long) store.read("MATCH (:Item)-[e:ECHOES]->(:Item) RETURN count(e) AS n", Map.of())
                .rows().get(0).get(0);
        assertEquals(echoes, t.rowCount());
        // each row is the ECHOES relationship it names, with the words the two items share and its relation
        List<List<Object>> strongest = store.read("MATCH (a:Item)-[e:ECHOES]->(b:Item) RETURN a.id, b.id, "
                + "e.similarity, e.relation ORDER BY e.similarity DESC, a.id LIMIT 1", Map.of()).rows();
        int r = row(t, "item", (String) strongest.get(0).get(0));
        assertEquals(strongest.get(0).get(1), t.stringColumn("otherItem").get(r));
        assertEquals((Double) strongest.get(0).get(2), t.doubleColumn("similarity").get(r), 1e-9);
        assertEquals(strongest.get(0).get(3), t.stringColumn("relation").get(r));
        assertEquals(Math.min(1, t.doubleColumn("cosine").get(r) * t.doubleColumn("themeFactor").get(r)),
                t.doubleColumn("similarity").get(r), 1e-9);
        // the strongest (Norddjurs 112 / Sorø 92b) shares words as written, not stems such as "borg"
        assertEquals("udsatte, sårbare, borgere", t.stringColumn("terms").get(r));
    }

    @Test
    void gapsCountsEachKindWithRealNames() {
        analysed();
        Table t = build("gaps");
        Map<String, Integer> byGap = new TreeMap<>();
        Table byThemes = t.where(t.stringColumn("basis").isNotEqualTo("echo"));
        byThemes.stringColumn("gap").forEach(g -> byGap.merge(g, 1, Integer::sum));
        // No one-source theme (the codebook's themes are each raised by two or more sources). Tensions appear
        // now that every source has typed findings: 104 (theme, source with opportunities, source with
        // challenges) rows over 25 themes.
        assertEquals(Map.of("unaddressed-challenge", 32, "few-recommendations", 3, "mostly-one-source", 3,
                "tension", 104), byGap);
        // and one tension row per contrasting echo
        Table echoTensions = t.where(t.stringColumn("basis").isEqualTo("echo"));
        long contrasts = (Long) store.read("MATCH ()-[e:ECHOES {relation: 'contrasts'}]->() RETURN count(e)",
                Map.of()).rows().get(0).get(0);
        assertEquals(4, contrasts);
        assertEquals(contrasts, echoTensions.rowCount());
        int r = row(echoTensions, "item", "komdir-2020:226");
        assertEquals("soroe-2020:460", echoTensions.stringColumn("otherItem").get(r));
        assertEquals("tension", echoTensions.stringColumn("gap").get(r));
        assertTrue(echoTensions.stringColumn("otherText").get(r).startsWith("Socialt udfordrede og sårbare"));
        Table few = t.where(t.stringColumn("gap").isEqualTo("few-recommendations"));
        assertEquals(List.of("kommunikation", "krisehaandtering", "saarbare-borgere"), few.stringColumn("theme").asList());
        assertEquals(List.of(17, 22, 7), few.intColumn("challenges").asList());
        assertEquals(List.of(5, 8, 1), few.intColumn("recommendations").asList());
        Table mostly = t.where(t.stringColumn("gap").isEqualTo("mostly-one-source"));
        // beskaeftigelse: KL 12 of 15; jobbank-udlaan: Sorø 21 of 27; teknik-miljoe: KL 13 of 16 (lead-ins are context).
        assertEquals(List.of("beskaeftigelse", "jobbank-udlaan", "teknik-miljoe"), mostly.stringColumn("theme").asList());
        assertEquals(List.of("kl-2020", "soroe-2020", "kl-2020"), mostly.stringColumn("source").asList());
        assertEquals(List.of(15, 27, 16), mostly.intColumn("items").asList());
        assertEquals(List.of(0.8, 0.7778, 0.8125), mostly.doubleColumn("share").asList());
    }

    @Test
    void gapsUnaddressedChallengesAreTheLibrarysTwentyEightOfSoroe() {
        Table t = build("gaps");
        Table open = t.where(t.stringColumn("gap").isEqualTo("unaddressed-challenge"));
        QueryResult library = library("unaddressed-challenges.cypher", Map.of());
        List<String> expected = library.rows().stream().map(r -> (String) r.get(2)).sorted().toList();
        assertEquals(32, expected.size());
        assertEquals(expected, open.stringColumn("item").asList().stream().sorted().toList());
        // Sorø's and now also the challenges KL and Kommunaldirektørforeningen state without a recommendation
        assertEquals(List.of("soroe-2020", "komdir-2020", "kl-2020"), open.stringColumn("source").unique().asList());
        // 10 of them in "Fremtidig krisehåndtering", whose challenges have no recommendations of their own.
        assertEquals(10, open.stringColumn("section").countOccurrences("Fremtidig krisehåndtering"));
        int jobbank = row(open, "item", "soroe-2020:758");
        assertEquals("jobbank-udlaan, oekonomi-ressourcer", open.stringColumn("theme").get(jobbank));
        assertEquals("Jobbanken – udsendte medarbejdere", open.stringColumn("section").get(jobbank));
        assertEquals(758, open.intColumn("line").get(jobbank));
    }

    @Test
    void actorThemeCountsItemsPerActorAndTheme() {
        Table t = build("actor-theme");
        // actor, name, by, items, then the 27 themes: a text row for each of the 22 actors and a section row for
        // the four whose name a section title carries (byraad, direktion, jobbanken, kriseberedskab).
        assertEquals(26, t.rowCount());
        assertEquals(4 + 27, t.columnCount());
        assertEquals(List.of("byraad", "direktion", "jobbanken", "kriseberedskab"),
                t.where(t.stringColumn("by").isEqualTo("section")).stringColumn("actor").asList());
        int director = row(t, "actor", "kommunaldirektoer");
        assertEquals(List.of(47, 19), ints(t, director, "items", "digitalisering"));
        // Every one of the 20 kriseberedskab items is about krisehaandtering, and so are the 2 of KL's chapter;
        // Corona-gruppe 9 of 9.
        assertEquals(List.of(20, 20), ints(t, row(t, "actor", "kriseberedskab"), "items", "krisehaandtering"));
        assertEquals(List.of(2, 2), ints(t, byRow(t, "kriseberedskab", "section"), "items", "krisehaandtering"));
        assertEquals(List.of(9, 9, 7), ints(t, row(t, "actor", "corona-gruppe"), "items", "krisehaandtering",
                "tvaergaaende-samarbejde"));
        // Jobbanken: 8 items name it, all about jobbank-udlaan; the 13 more of its chapter are too (the chapter maps
        // to the theme), and one of them is about crisis management.
        assertEquals(List.of(8, 8, 3), ints(t, byRow(t, "jobbanken", "text"), "items", "jobbank-udlaan",
                "vaernemidler-hygiejne"));
        assertEquals(List.of(13, 13, 1), ints(t, byRow(t, "jobbanken", "section"), "items", "jobbank-udlaan",
                "krisehaandtering"));
    }

    /** The row of {@code actor} with mentions {@code by} text or section. */
    private static int byRow(Table t, String actor, String by) {
        for (int r = 0; r < t.rowCount(); r++) {
            if (t.stringColumn("actor").get(r).equals(actor) && t.stringColumn("by").get(r).equals(by)) {
                return r;
            }
        }
        throw new AssertionError("no row " + actor + "/" + by);
    }

    @Test
    void quotesHasAllTwoHundredTwentyWithSpeakerAndProvenance() {
        Table t = build("quotes");
        assertEquals(List.of("source", "section", "file", "line", "id", "person", "role", "organisation", "text"),
                t.columnNames());
        // Sorø 148, komdir 46, KL 26 quotes; 26 name a person (all komdir), 27 a role (KL's 26 and Sorø's parent).
        assertEquals(220, t.rowCount());
        assertEquals(List.of(26, 46, 148), SOURCES.stream().filter(s -> !s.startsWith("nord"))
                .map(s -> t.stringColumn("source").countOccurrences(s)).toList());
        assertEquals(26, t.rowCount() - t.stringColumn("person").countMissing());
        assertEquals(27, t.rowCount() - t.stringColumn("role").countMissing());
        Table kjaer = t.where(t.stringColumn("person").isEqualTo("Søren S. Kjær"));
        assertEquals(List.of("komdir-2020:511", "komdir-2020:708"), kjaer.stringColumn("id").asList());
        assertEquals(List.of("LEDELSE, STYRING OG SAMARBEJDE PÅ TVÆRS", "FORANDRINGER SKAL FASTHOLDES"),
                kjaer.stringColumn("section").asList());
        assertEquals(List.of("Sorø Kommune"), kjaer.stringColumn("organisation").unique().asList());
        assertEquals("komdir-den-digitale-dynamo-2020.txt", kjaer.stringColumn("file").get(0));
        assertTrue(kjaer.stringColumn("text").get(1).startsWith("Jeg vil gerne fastholde det gode, tillidsfulde"));
        // The same two as the library's person-quotes query.
        assertEquals(2, library("person-quotes.cypher", Map.of("person", "Søren S. Kjær")).rows().size());
    }

    @Test
    void unknownTableListsTheValidOnes() {
        InputException e = assertThrows(InputException.class, () -> build("themes"));
        assertEquals("Unknown table 'themes'; valid tables: theme-source, theme-source-residuals, source-overlap, centrality, echoes, gaps,"
                + " actor-theme, quotes", e.getMessage());
    }
}
