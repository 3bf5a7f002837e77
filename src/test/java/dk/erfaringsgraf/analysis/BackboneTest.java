package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

/** The disparity filter and spanning forest on small graphs whose p-values are worked out by hand. */
class BackboneTest {

    @Test
    void pValueIsTheChanceOfSoLargeAShareUnderAUniformSplit() {
        // A hub of degree 4 and strength 11: its weight-8 edge has (1 - 8/11)^3 = 27/1331.
        assertEquals(27.0 / 1331, Backbone.pValue(8, 11, 4), 1e-12);
        assertEquals(Math.pow(10.0 / 11, 3), Backbone.pValue(1, 11, 4), 1e-12);
        assertEquals(1.0, Backbone.pValue(3, 3, 1), "an end of degree 1 makes nothing significant");
        assertEquals(0.5, Backbone.pValue(1, 2, 2), 1e-12);
    }

    @Test
    void dropsTheWeakEdgeThatClosesACycle() {
        // A: k=4, s=11 -> A-B p=0.0203 (kept), A-C/A-D/A-E p=0.751. B: k=2, s=9 -> B-A p=0.111, B-C p=0.889.
        // C: k=2, s=2 -> p=0.5 for both. Significant: A-B only; the spanning forest adds A-C, A-D, A-E;
        // B-C (weight 1, closes the cycle A-B-C) is neither and goes.
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:8", "A-C:1", "A-D:1", "A-E:1", "B-C:1");
        assertEquals(List.of("A-B", "A-C", "A-D", "A-E"), names(g, new Backbone<>(g).getEdges()));
    }

    @Test
    void keepsAnEdgeOutsideTheTreeWhenOneEndFindsItSignificant() {
        // Triangle of weight-10 edges; B also has four leaves of weight 0.1 (k=6, s=20.4).
        // The forest takes A-C and A-B (edge order on ties), not B-C. At B: p(B-C) = (26/51)^5 = 11881376/345025251 = 0.0344,
        // significant at 0.05, not at 0.03. At C (k=2, s=20): p = 0.5.
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-C:10", "A-B:10", "B-C:10",
                "B-L1:0.1", "B-L2:0.1", "B-L3:0.1", "B-L4:0.1");
        assertEquals(11881376.0 / 345025251, Backbone.pValue(10, 20.4, 6), 1e-12);
        assertEquals(7, new Backbone<>(g, 0.05).getEdges().size());
        assertEquals(List.of("A-C", "A-B", "B-L1", "B-L2", "B-L3", "B-L4"), names(g, new Backbone<>(g, 0.03).getEdges()));
    }

    @Test
    void keepsEveryComponentConnectedEvenWithNothingSignificant() {
        // A 4-cycle of equal weights (p=0.5 everywhere) and a separate edge: the forest keeps 3 + 1 edges.
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:2", "B-C:2", "C-D:2", "D-A:2", "X-Y:5");
        assertEquals(List.of("A-B", "B-C", "C-D", "X-Y"), names(g, new Backbone<>(g).getEdges()));
    }

    @Test
    void linksOfAnyShapeKeepTheirOrder() {
        List<Map<String, Object>> links = List.of(
                Map.of("source", "A", "target", "B", "weight", 8), Map.of("source", "A", "target", "C", "weight", 1),
                Map.of("source", "B", "target", "C", "weight", 1), Map.of("source", "A", "target", "D", "weight", 1),
                Map.of("source", "A", "target", "E", "weight", 1));
        List<Map<String, Object>> kept = Backbone.of(links, l -> (String) l.get("source"), l -> (String) l.get("target"),
                l -> ((Number) l.get("weight")).doubleValue(), Backbone.DEFAULT_ALPHA);
        assertEquals(List.of(links.get(0), links.get(1), links.get(3), links.get(4)), kept);
    }

    @Test
    void refusesABadAlpha() {
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:1");
        assertEquals("alpha must be in (0, 1], not 0.0",
                assertThrows(IllegalArgumentException.class, () -> new Backbone<>(g, 0)).getMessage());
    }

    private static List<String> names(Graph<String, DefaultWeightedEdge> g, java.util.Set<DefaultWeightedEdge> edges) {
        return edges.stream().map(e -> g.getEdgeSource(e) + "-" + g.getEdgeTarget(e)).toList();
    }
}
