package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsWeightedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class BrandesBetweennessTest {

    @Test
    void pathOfFiveByHand() {
        // 1-2-3-4-5: vertex 3 lies on the paths of pairs {1,4},{1,5},{2,4},{2,5}; vertex 2 on {1,3},{1,4},{1,5}.
        Map<Integer, Double> b = new BrandesBetweenness<>(TestGraphs.path(5)).getScores();
        assertEquals(Map.of(1, 0.0, 2, 3.0, 3, 4.0, 4, 3.0, 5, 0.0), b);
        assertEquals(List.of(1, 2, 3, 4, 5), List.copyOf(b.keySet())); // graph iteration order
        // normalised: 4 of the (n-1)(n-2)/2 = 6 pairs not containing vertex 3
        assertEquals(4.0 / 6.0, new BrandesBetweenness<>(TestGraphs.path(5), true).getVertexScore(3), 1e-15);
    }

    @Test
    void starCentreLiesOnEveryPairOfLeaves() {
        int leaves = 9; // n = 10: the centre carries all (n-1)(n-2)/2 = 36 leaf pairs
        assertEquals(36.0, new BrandesBetweenness<>(TestGraphs.star(leaves)).getVertexScore(0));
        assertEquals(1.0, new BrandesBetweenness<>(TestGraphs.star(leaves), true).getVertexScore(0));
        assertEquals(0.0, new BrandesBetweenness<>(TestGraphs.star(leaves), true).getVertexScore(4));
    }

    /**
     * Triangle A, B, C with a tail C - D. Weights: A-B 4, B-C 4, A-C 1, C-D 1, so lengths 1/4, 1/4, 1, 1.
     * Unweighted: only C is between (pairs {A,D}, {B,D}): C = 2, B = 0.
     * Weighted: A-B-C (1/2) beats A-C (1), so B is on the paths of {A,C} and {A,D} (A-B-C-D, 3/2): B = 2;
     * C keeps {A,D} and {B,D}: C = 2. Normalised by (n-1)(n-2)/2 = 3: 2/3 each. (networkx agrees.)
     */
    @Test
    void weightedTriangleWithTailDiffersFromUnweighted() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:4", "B-C:4", "A-C:1", "C-D:1");
        assertEquals(Map.of("A", 0.0, "B", 2.0, "C", 2.0, "D", 0.0), new BrandesBetweenness<>(g).getScores());
        assertEquals(Map.of("A", 0.0, "B", 0.0, "C", 2.0, "D", 0.0),
                new BrandesBetweenness<>(TestGraphs.unweighted(g)).getScores());
        assertEquals(2.0 / 3.0, new BrandesBetweenness<>(g, true).getVertexScore("B"), 1e-15);
    }

    /**
     * S-X 6, X-T 30, S-T 5: lengths 1/6 + 1/30 = 1/5 exactly, so S-T has two shortest paths and X carries half
     * of the pair. In double 1/6 + 1/30 = 0.19999999999999998 < 0.2: JGraphT's exact comparison sees one path
     * and gives X a whole pair; the tie tolerance here does not.
     */
    @Test
    void pathLengthsEqualUpToRoundingAreTies() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("S-X:6", "X-T:30", "S-T:5");
        assertTrue(1.0 / 6 + 1.0 / 30 != 1.0 / 5);
        assertEquals(0.5, new BrandesBetweenness<>(g).getVertexScore("X"));
        assertEquals(1.0, new BetweennessCentrality<>(asLengths(g)).getVertexScore("X"));
    }

    /** networkx 3.6 {@code betweenness_centrality(karate_club_graph(), normalized=True, weight=None)}. */
    @Test
    void karateClubPublishedValues() {
        Map<Integer, Double> b = new BrandesBetweenness<>(KarateClub.graph(), true).getScores();
        assertEquals(0.437635, b.get(1), 1e-6);
        assertEquals(0.304075, b.get(34), 1e-6);
        assertEquals(0.145247, b.get(33), 1e-6);
        assertEquals(0.143657, b.get(3), 1e-6);
        assertEquals(0.138276, b.get(32), 1e-6);
        assertEquals(0.0, b.get(12), 0.0); // member 12 has a single tie, to member 1
    }

    @Test
    void agreesWithJGraphTOnRandomGraphsWithoutOverflow() {
        for (long seed = 1; seed <= 12; seed++) {
            Graph<Integer, DefaultEdge> g = TestGraphs.random(10 + 3 * (int) seed, 0.15, seed);
            assertClose(new BetweennessCentrality<>(g).getScores(), new BrandesBetweenness<>(g).getScores());
            // JGraphT halves its undirected normalised score: it divides by (n-1)(n-2), not (n-1)(n-2)/2.
            Map<Integer, Double> theirs = new BetweennessCentrality<>(g, true).getScores();
            Map<Integer, Double> ours = new BrandesBetweenness<>(g, true).getScores();
            ours.forEach((v, s) -> assertEquals(2 * theirs.get(v), s, 1e-9));

            Graph<Integer, DefaultEdge> d = TestGraphs.randomDirected(8 + 2 * (int) seed, 0.2, seed);
            assertClose(new BetweennessCentrality<>(d).getScores(), new BrandesBetweenness<>(d).getScores());

            Graph<Integer, DefaultWeightedEdge> w = TestGraphs.randomDyadicWeighted(10 + 3 * (int) seed, 0.2, seed);
            assertClose(new BetweennessCentrality<>(asLengths(w)).getScores(), new BrandesBetweenness<>(w).getScores());
        }
    }

    @Test
    void normalisationDoesNotOverflowIntAbove46340Vertices() {
        // Path 0-1-2 plus 49,998 isolated vertices: n = 50,001, so (n-1)(n-2) = 2,499,950,000 > Integer.MAX_VALUE.
        Graph<Integer, DefaultEdge> g = TestGraphs.path(3);
        for (int v = 4; v <= 50_001; v++) {
            g.addVertex(v);
        }
        double centre = new BrandesBetweenness<>(g, true).getVertexScore(2);
        assertEquals(1.0 / (50_000.0 * 49_999.0 / 2.0), centre, 1e-24);
        assertTrue(centre > 0);
    }

    @Test
    void deterministicAndUnmodifiable() {
        Graph<Integer, DefaultWeightedEdge> g = TestGraphs.randomDyadicWeighted(40, 0.1, 7);
        Map<Integer, Double> first = new BrandesBetweenness<>(g).getScores();
        assertEquals(List.copyOf(first.entrySet()), List.copyOf(new BrandesBetweenness<>(g).getScores().entrySet()));
        assertThrows(UnsupportedOperationException.class, () -> first.put(0, 1.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BrandesBetweenness<>(g).getVertexScore(999));
        assertTrue(e.getMessage().contains("999"), e.getMessage());
    }

    @Test
    void rejectsNonPositiveWeightsNamingTheEdge() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:1", "B-C:0");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new BrandesBetweenness<>(g));
        assertTrue(e.getMessage().contains("(B - C) has weight 0.0"), e.getMessage());
    }

    @Test
    void emptyAndTinyGraphs() {
        assertEquals(Map.of(), new BrandesBetweenness<>(TestGraphs.path(0), true).getScores());
        assertEquals(Map.of(1, 0.0, 2, 0.0), new BrandesBetweenness<>(TestGraphs.path(2), true).getScores());
    }

    /** A view of {@code g} whose weights are the lengths 1/w that {@link BrandesBetweenness} uses. */
    static <V> Graph<V, DefaultWeightedEdge> asLengths(Graph<V, DefaultWeightedEdge> g) {
        return new AsWeightedGraph<>(g, e -> 1.0 / g.getEdgeWeight(e), false, false);
    }

    private static <V> void assertClose(Map<V, Double> expected, Map<V, Double> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((v, s) -> assertEquals(s, actual.get(v), 1e-9, "vertex " + v));
    }
}
