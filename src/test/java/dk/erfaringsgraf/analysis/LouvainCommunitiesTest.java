package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class LouvainCommunitiesTest {

    /**
     * The karate club's best known partition has 4 communities and modularity 0.4198; Louvain typically finds
     * 0.4188 (networkx 3.6 {@code louvain_communities(seed=1)}: 4 communities, 0.418803).
     */
    @Test
    void karateClubFindsFourCommunitiesWithHighModularity() {
        LouvainCommunities<Integer, DefaultEdge> louvain = new LouvainCommunities<>(KarateClub.graph());
        Map<Integer, Integer> communities = louvain.getCommunities();
        assertEquals(4, louvain.getClustering().getNumberClusters());
        assertEquals(Set.of(0, 1, 2, 3), Set.copyOf(communities.values()));
        assertTrue(louvain.getModularity() >= 0.41, "modularity " + louvain.getModularity());
        assertTrue(louvain.getModularity() <= 0.41979 + 1e-5, "above the known optimum: " + louvain.getModularity());
        assertEquals(bruteForceModularity(KarateClub.graph(), communities), louvain.getModularity(), 1e-12);
        // the instructor (1) and the administrator (34) end up apart
        assertTrue(communities.get(1) != communities.get(34));
        // pinned: the deterministic visiting order gives networkx's Louvain result, Q = 49/117
        assertEquals(49.0 / 117.0, louvain.getModularity(), 1e-12);
        assertEquals(List.of(Set.of(1, 2, 3, 4, 8, 10, 12, 13, 14, 18, 20, 22), Set.of(5, 6, 7, 11, 17),
                Set.of(9, 15, 16, 19, 21, 23, 27, 30, 31, 33, 34), Set.of(24, 25, 26, 28, 29, 32)),
                louvain.getClustering().getClusters());
    }

    @Test
    void deterministicAcrossRuns() {
        LouvainCommunities<Integer, DefaultEdge> first = new LouvainCommunities<>(KarateClub.graph());
        LouvainCommunities<Integer, DefaultEdge> second = new LouvainCommunities<>(KarateClub.graph());
        assertEquals(List.copyOf(first.getCommunities().entrySet()),
                List.copyOf(second.getCommunities().entrySet()));
        assertEquals(first.getModularity(), second.getModularity());
    }

    @Test
    void communitiesAreNumberedInOrderOfFirstVertex() {
        int next = 0;
        for (int c : new LouvainCommunities<>(KarateClub.graph()).getCommunities().values()) {
            assertTrue(c <= next, "community " + c + " before " + next);
            next = Math.max(next, c + 1);
        }
        assertEquals(0, new LouvainCommunities<>(KarateClub.graph()).getCommunities().get(1));
    }

    /**
     * Two 4-cliques joined by one edge: m = 13; each clique has in_c = 12 (6 edges from both ends) and
     * tot_c = 4·3 + 1 = 13, so Q = 2 (12/26 − (13/26)²) = 11/26.
     */
    @Test
    void twoCliquesJoinedByABridgeByHand() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 0; v < 8; v++) {
            g.addVertex(v);
        }
        for (int base : List.of(0, 4)) {
            for (int a = base; a < base + 4; a++) {
                for (int b = a + 1; b < base + 4; b++) {
                    g.addEdge(a, b);
                }
            }
        }
        g.addEdge(3, 4);
        LouvainCommunities<Integer, DefaultEdge> louvain = new LouvainCommunities<>(g);
        assertEquals(Map.of(0, 0, 1, 0, 2, 0, 3, 0, 4, 1, 5, 1, 6, 1, 7, 1), louvain.getCommunities());
        assertEquals(11.0 / 26.0, louvain.getModularity(), 1e-15);
    }

    /** Ring a-b-c-d-a: the heavy edges decide which neighbours belong together. */
    @Test
    void weightsDecideTheCommunities() {
        var heavyAbCd = TestGraphs.weighted("a-b:10", "b-c:1", "c-d:10", "d-a:1");
        assertEquals(Map.of("a", 0, "b", 0, "c", 1, "d", 1), new LouvainCommunities<>(heavyAbCd).getCommunities());
        var heavyBcDa = TestGraphs.weighted("a-b:1", "b-c:10", "c-d:1", "d-a:10");
        assertEquals(Map.of("a", 0, "b", 1, "c", 1, "d", 0), new LouvainCommunities<>(heavyBcDa).getCommunities());
    }

    /** networkx 3.6: modularity of Zachary's observed split (Mr. Hi's 17 members vs the officer's) is 0.358235. */
    @Test
    void modularityOfTheObservedSplit() {
        Set<Integer> mrHi = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 17, 18, 20, 22);
        Map<Integer, Integer> split = new HashMap<>();
        KarateClub.graph().vertexSet().forEach(v -> split.put(v, mrHi.contains(v) ? 7 : -3));
        assertEquals(0.358235, Modularity.of(KarateClub.graph(), split, 1.0), 1e-6);
    }

    @Test
    void selfLoopsAndParallelEdgesFollowNewmansConvention() {
        Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        List.of("a", "b", "c").forEach(g::addVertex);
        g.setEdgeWeight(g.addEdge("a", "a"), 2);
        g.setEdgeWeight(g.addEdge("a", "b"), 1);
        g.setEdgeWeight(g.addEdge("a", "b"), 1);
        g.setEdgeWeight(g.addEdge("b", "c"), 1);
        // m = 2 + 1 + 1 + 1 = 5; strengths a = 2·2 + 1 + 1 = 6, b = 3, c = 1 (2m = 10).
        // {a,b}: in = 2·2 (loop) + 2·(1 + 1) (both a-b edges from both ends) = 8, tot = 9; {c}: in = 0, tot = 1.
        // Q = 8/10 − (9/10)² − (1/10)² = 0.8 − 0.81 − 0.01 = −0.02
        Map<String, Integer> split = Map.of("a", 0, "b", 0, "c", 1);
        assertEquals(-0.02, Modularity.of(g, split, 1.0), 1e-12);
        assertEquals(bruteForceModularity(g, split), Modularity.of(g, split, 1.0), 1e-12);
    }

    @Test
    void higherResolutionGivesMoreCommunities() {
        int atOne = new LouvainCommunities<>(KarateClub.graph()).getClustering().getNumberClusters();
        int atTwo = new LouvainCommunities<>(KarateClub.graph(), 2.0, 100).getClustering().getNumberClusters();
        assertTrue(atTwo > atOne, atTwo + " at 2.0 vs " + atOne);
    }

    @Test
    void edgelessAndEmptyGraphs() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        assertEquals(Map.of(), new LouvainCommunities<>(g).getCommunities());
        assertEquals(0.0, new LouvainCommunities<>(g).getModularity());
        g.addVertex(5);
        g.addVertex(6);
        assertEquals(Map.of(5, 0, 6, 1), new LouvainCommunities<>(g).getCommunities());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new LouvainCommunities<>(KarateClub.graph(), 0.0, 10));
        assertThrows(IllegalArgumentException.class, () -> new LouvainCommunities<>(KarateClub.graph(), 1.0, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LouvainCommunities<>(TestGraphs.randomDirected(5, 0.5, 1)));
        assertTrue(e.getMessage().contains("undirected"), e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> new LouvainCommunities<>(KarateClub.graph()).getCommunities().put(1, 9));
    }

    /** Q = 1/2m Σ_ij [A_ij − k_i k_j / 2m] δ(c_i, c_j) over all ordered pairs, straight from the definition. */
    static <V, E> double bruteForceModularity(Graph<V, E> g, Map<V, Integer> community) {
        List<V> vs = new ArrayList<>(g.vertexSet());
        double twoM = 0.0;
        Map<V, Double> k = new HashMap<>();
        for (V v : vs) {
            double s = 0.0;
            for (E e : g.edgesOf(v)) {
                boolean loop = g.getEdgeSource(e).equals(g.getEdgeTarget(e));
                s += (loop ? 2 : 1) * g.getEdgeWeight(e);
            }
            k.put(v, s);
            twoM += s;
        }
        double q = 0.0;
        for (V a : vs) {
            for (V b : vs) {
                if (community.get(a).equals(community.get(b))) {
                    double adjacency = 0.0;
                    for (E e : g.getAllEdges(a, b)) {
                        adjacency += (a.equals(b) ? 2 : 1) * g.getEdgeWeight(e);
                    }
                    q += adjacency - k.get(a) * k.get(b) / twoM;
                }
            }
        }
        return q / twoM;
    }
}
