package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.testing.GraphFixture;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Centrality and overlaps on the corpus graph, and their write-back. */
class AnalysisIT {

    private static GraphStore store;
    private static Analysis.Result result;

    @BeforeAll
    static void analyze() {
        store = GraphFixture.get().store();
        result = new Analysis(store).run();
    }

    private static List<String> topBy(Map<String, CentralityScores<String>> scores,
                                      Comparator<CentralityScores<String>> order, int n) {
        return scores.values().stream().sorted(order.thenComparing(CentralityScores::vertex)).limit(n)
                .map(CentralityScores::vertex).toList();
    }

    @Test
    void digitalisationLeadershipAndCollaborationBridgeTheThemes() {
        assertEquals(List.of("digitalisering", "ledelse", "tvaergaaende-samarbejde"),
                topBy(result.themes(), Comparator.comparingDouble(s -> -s.betweenness()), 3));
        assertEquals(27, result.themes().size());
    }

    @Test
    void seventeenThemesAreSharedByAllFourSources() {
        List<String> shared = result.nodes().stream()
                .filter(n -> n.type().equals("theme") && n.sources().size() == 4).map(NodeStats::id).toList();
        assertEquals(17, shared.size());
        assertTrue(shared.containsAll(List.of("digitalisering", "ledelse", "krisehaandtering", "lokaldemokrati")));
        NodeStats jobbank = result.nodes().stream().filter(n -> n.id().equals("jobbanken")).findFirst().orElseThrow();
        assertEquals(List.of("kl-2020", "soroe-2020"), jobbank.sources());
        // 3 challenges name Jobbanken, 2 more stand in its chapter (mentions by section count as its items).
        assertEquals(5, jobbank.challenges());
    }

    /**
     * A section title ties its actor to every item of the chapter: those items count as the actor's (sources,
     * counts by kind), but the co-occurrence the scores are computed on is the items' own words only.
     */
    @Test
    void sectionMentionsCountAsAnActorsItemsButMakeNoLinks() {
        NodeStats jobbank = result.nodes().stream().filter(n -> n.id().equals("jobbanken")).findFirst().orElseThrow();
        assertEquals(List.of(21L, 6L, 5L), List.of(jobbank.items(), jobbank.quotes(), jobbank.challenges()),
                "8 items name Jobbanken, 13 more (all 6 quotes among them) stand in its chapter");
        Graph<String, DefaultWeightedEdge> actors = new Projections(store).actorCooccurrence(result.nodes());
        // byraad and kommunaldirektoer share 3 items by text; KOMDIR's heading "SAMSPILLET MED POLITIKERNE" adds
        // byraad to 3 more items naming the chief executives, which make no link.
        assertEquals(3.0, actors.getEdgeWeight(actors.getEdge("byraad", "kommunaldirektoer")));
        // Jobbanken's weighted degree (4) is that of its text mentions, although 21 items are its.
        assertEquals(4.0, result.actors().get("jobbanken").weightedDegree());
    }

    @Test
    void coronaGroupIsAmongTheMostCentralActorsInTheCrisisCommunity() {
        // By PageRank on actor co-occurrence it is 5th of 22 actors; by betweenness it is not central:
        // it is mentioned in Sorø only, so it bridges nothing across sources.
        List<String> top5 = topBy(result.actors(), Comparator.comparingDouble(s -> -s.pagerank()), 5);
        assertTrue(top5.contains("corona-gruppe"), top5.toString());
        // It shares its community with the crisis organisation (kriseberedskab); Jobbanken, once in it too, joined
        // another when the typed findings split and set aside paragraphs that named both.
        int community = result.actors().get("corona-gruppe").community();
        assertEquals(community, result.actors().get("kriseberedskab").community());
    }

    @Test
    void scoresAreWrittenOntoTheNodes() {
        List<List<Object>> rows = store.read("MATCH (t:Theme {id: 'digitalisering'}) "
                + "RETURN t.betweenness, t.sources, t.sourceCount", Map.of()).rows();
        assertEquals(result.themes().get("digitalisering").betweenness(), (Double) rows.get(0).get(0), 1e-12);
        assertEquals(List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"), rows.get(0).get(1));
        assertEquals(4L, rows.get(0).get(2));
        assertEquals(22L, store.read("MATCH (a:Actor) WHERE a.pagerank IS NOT NULL RETURN count(a)", Map.of())
                .rows().get(0).get(0));
    }

    @Test
    void theAnalysisIsDeterministic() {
        Analysis.Result again = new Analysis(store).run();
        assertEquals(result.themes(), again.themes());
        assertEquals(result.actors(), again.actors());
    }

    @Test
    void echoesAreWrittenWithTheirRelationWordsAndScoreParts() {
        List<List<Object>> rows = store.read("MATCH (a:Item)-[e:ECHOES]->(b:Item) RETURN e.relation AS relation, "
                + "count(e) AS n ORDER BY relation", Map.of()).rows();
        assertEquals(List.of(List.of("agrees", 17L), List.of("contrasts", 4L), List.of("related", 15L)), rows);
        List<Object> strongest = store.read("MATCH (a:Item {id: 'komdir-2020:226'})-[e:ECHOES]->(b:Item "
                + "{id: 'soroe-2020:460'}) RETURN e.relation, e.basis, e.terms, e.cosine, e.themeFactor, e.similarity",
                Map.of()).rows().get(0);
        // digital talks helped vulnerable young people / they struggle online
        assertEquals(List.of("contrasts", "valence", List.of("unge", "sårbare")), strongest.subList(0, 3));
        assertEquals((Double) strongest.get(5), Math.min(1, (Double) strongest.get(3) * (Double) strongest.get(4)),
                1e-12);
        assertEquals(result.echoes().size(), ((Long) store.read("MATCH ()-[e:ECHOES]->() RETURN count(e)", Map.of())
                .rows().get(0).get(0)).intValue());
    }
}
