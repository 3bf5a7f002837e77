package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class CentralityTest {

    @Test
    void karateClubInstructorCarriesThePublishedValues() {
        Graph<Integer, DefaultEdge> g = KarateClub.graph();
        Map<Integer, CentralityScores<Integer>> all = Centrality.compute(g);
        CentralityScores<Integer> instructor = all.get(1);
        assertEquals(1, instructor.vertex());
        assertEquals(16, instructor.degree());
        assertEquals(16.0, instructor.weightedDegree());
        assertEquals(0.437635, instructor.betweenness(), 1e-6);
        assertEquals(0.097002, instructor.pagerank(), 1e-5);
        assertEquals(0.702020, instructor.harmonic(), 1e-6);
        assertEquals(0, instructor.community());
        assertEquals(List.copyOf(g.vertexSet()), List.copyOf(all.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> all.remove(1));
    }

    /**
     * A small theme co-occurrence graph (weight = items coding both themes): every field is the named
     * algorithm's result with its defaults.
     */
    @Test
    void everyFieldComesFromItsAlgorithm() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("hjemmearbejde-ledelse:5",
                "ledelse-kommunikation:3", "hjemmearbejde-kommunikation:2", "kommunikation-værnemidler:1",
                "værnemidler-beredskab:4", "beredskab-ledelse:1");
        Map<String, CentralityScores<String>> all = Centrality.compute(g);
        Map<String, Double> betweenness = new BrandesBetweenness<>(g, true).getScores();
        Map<String, Double> pagerank = new PageRankCentrality<>(g).getScores();
        Map<String, Double> harmonic = new HarmonicCentrality<>(g).getScores();
        Map<String, Integer> community = new LouvainCommunities<>(g).getCommunities();
        for (String v : g.vertexSet()) {
            CentralityScores<String> s = all.get(v);
            assertEquals(new CentralityScores<>(v, g.degreeOf(v), new WeightedDegree<>(g).getVertexScore(v),
                    betweenness.get(v), pagerank.get(v), harmonic.get(v), community.get(v)), s);
        }
        assertEquals(9.0, all.get("ledelse").weightedDegree()); // 5 + 3 + 1
        assertEquals(Map.of("hjemmearbejde", 0, "ledelse", 0, "kommunikation", 0, "værnemidler", 1, "beredskab", 1),
                community);
    }
}
