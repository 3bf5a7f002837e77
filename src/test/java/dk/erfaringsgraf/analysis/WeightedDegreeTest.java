package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.junit.jupiter.api.Test;

class WeightedDegreeTest {

    @Test
    void sumsIncidentWeights() {
        // A: 4 + 1; B: 4 + 4; C: 4 + 1 + 1; D: 1
        Graph<String, DefaultWeightedEdge> g = TestGraphs.weighted("A-B:4", "B-C:4", "A-C:1", "C-D:1");
        assertEquals(Map.of("A", 5.0, "B", 8.0, "C", 6.0, "D", 1.0), new WeightedDegree<>(g).getScores());
        assertEquals(Map.of("A", 2.0, "B", 2.0, "C", 3.0, "D", 1.0),
                new WeightedDegree<>(TestGraphs.unweighted(g)).getScores());
    }

    @Test
    void selfLoopCountsTwiceLikeDegreeOf() {
        Graph<String, DefaultWeightedEdge> g = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        g.addVertex("A");
        g.addVertex("B");
        g.setEdgeWeight(g.addEdge("A", "A"), 3);
        g.setEdgeWeight(g.addEdge("A", "B"), 2);
        g.setEdgeWeight(g.addEdge("A", "B"), 0.5);
        assertEquals(Map.of("A", 8.5, "B", 2.5), new WeightedDegree<>(g).getScores());
        assertEquals(4, g.degreeOf("A"));
    }
}
