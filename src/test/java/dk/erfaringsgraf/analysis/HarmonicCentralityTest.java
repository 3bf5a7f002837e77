package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class HarmonicCentralityTest {

    /** networkx 3.6 {@code harmonic_centrality(karate_club_graph())} divided by n-1 = 33. */
    @Test
    void karateClubPublishedValues() {
        Map<Integer, Double> h = new HarmonicCentrality<>(KarateClub.graph()).getScores();
        assertEquals(0.704545, h.get(34), 1e-6); // 23.25 / 33
        assertEquals(0.702020, h.get(1), 1e-6);
        assertEquals(0.636364, h.get(3), 1e-6);
        assertEquals(0.633838, h.get(33), 1e-6);
    }

    /**
     * Triangle-with-tail of {@link BrandesBetweennessTest}, lengths A-B 1/4, B-C 1/4, A-C 1, C-D 1.
     * From B: d(A) = 1/4, d(C) = 1/4, d(D) = 5/4, so (4 + 4 + 0.8) / 3 = 2.9333.
     * From D: d(C) = 1, d(B) = 5/4, d(A) = 3/2, so (1 + 0.8 + 0.6667) / 3 = 0.8222.
     */
    @Test
    void weightedTriangleWithTailByHand() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:4", "B-C:4", "A-C:1", "C-D:1");
        Map<String, Double> h = new HarmonicCentrality<>(g).getScores();
        assertEquals(8.8 / 3, h.get("B"), 1e-12);
        assertEquals((1 + 0.8 + 2.0 / 3) / 3, h.get("D"), 1e-12);
        assertEquals(7.0 / 3, h.get("C"), 1e-12); // 4 + 2 + 1
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(h.keySet()));
        assertEquals(8.8, new HarmonicCentrality<>(g, false).getVertexScore("B"), 1e-12);
    }

    @Test
    void unreachableVerticesAddNothing() {
        Graph<Integer, DefaultEdge> g = TestGraphs.path(3); // 1-2-3 and an isolated 4
        g.addVertex(4);
        Map<Integer, Double> h = new HarmonicCentrality<>(g).getScores();
        assertEquals(Map.of(1, 1.5 / 3, 2, 2.0 / 3, 3, 1.5 / 3, 4, 0.0), h);
    }

    /**
     * JGraphT's HarmonicCentrality is correct but takes the weight as the length; given a view whose weights
     * are 1/w (exact binary fractions here) it must agree with ours.
     */
    @Test
    void agreesWithJGraphT() {
        for (long seed = 1; seed <= 8; seed++) {
            Graph<Integer, DefaultEdge> g = TestGraphs.random(15 + 2 * (int) seed, 0.12, seed);
            assertClose(new org.jgrapht.alg.scoring.HarmonicCentrality<>(g).getScores(),
                    new HarmonicCentrality<>(g).getScores());
            Graph<Integer, DefaultWeightedEdge> w = TestGraphs.randomDyadicWeighted(15 + 2 * (int) seed, 0.15, seed);
            assertClose(new org.jgrapht.alg.scoring.HarmonicCentrality<>(BrandesBetweennessTest.asLengths(w))
                    .getScores(), new HarmonicCentrality<>(w).getScores());
        }
    }

    @Test
    void unmodifiable() {
        Map<Integer, Double> h = new HarmonicCentrality<>(TestGraphs.path(3)).getScores();
        assertThrows(UnsupportedOperationException.class, () -> h.clear());
    }

    private static <V> void assertClose(Map<V, Double> expected, Map<V, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((v, s) -> assertEquals(s, actual.get(v), 1e-9, "vertex " + v));
    }
}
