package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class PageRankCentralityTest {

    /** networkx 3.6 {@code pagerank(karate_club_graph(), alpha=0.85, weight=None, tol=1e-6)}. */
    @Test
    void karateClubPublishedValues() {
        Map<Integer, Double> p = new PageRankCentrality<>(KarateClub.graph()).getScores();
        assertEquals(0.100918, p.get(34), 1e-5);
        assertEquals(0.097002, p.get(1), 1e-5);
        assertEquals(0.071692, p.get(33), 1e-5);
        assertEquals(0.057078, p.get(3), 1e-5);
        assertEquals(1.0, p.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(List.copyOf(KarateClub.graph().vertexSet()), List.copyOf(p.keySet()));
    }

    /** networkx 3.6 {@code pagerank(G, weight='weight', tol=1e-6)} and with {@code weight=None}. */
    @Test
    void weightedWhenTheGraphIs() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:4", "B-C:4", "A-C:1", "C-D:1");
        Map<String, Double> weighted = new PageRankCentrality<>(g).getScores();
        assertEquals(0.373742, weighted.get("B"), 1e-5);
        assertEquals(0.305779, weighted.get("C"), 1e-5);
        assertEquals(0.080819, weighted.get("D"), 1e-5);
        Map<String, Double> unweighted = new PageRankCentrality<>(TestGraphs.unweighted(g)).getScores();
        assertEquals(0.366735, unweighted.get("C"), 1e-5);
        assertEquals(0.245928, unweighted.get("B"), 1e-5);
    }

    @Test
    void validatesParametersAndIsUnmodifiable() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:1");
        assertThrows(IllegalArgumentException.class, () -> new PageRankCentrality<>(g, 1.5, 100, 1e-6));
        assertThrows(IllegalArgumentException.class, () -> new PageRankCentrality<>(g, 0.85, 0, 1e-6));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new PageRankCentrality<>(g, 0.85, 100, -1));
        assertTrue(e.getMessage().contains("-1"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> new PageRankCentrality<>(TestGraphs.weighted("A-B:-2")));
        assertThrows(UnsupportedOperationException.class, () -> new PageRankCentrality<>(g).getScores().clear());
    }
}
