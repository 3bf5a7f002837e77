package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class FilteredScoresTest {

    @Test
    void scoresTheChosenVerticesWithTheLinksBetweenThem() {
        // Links to vertices outside the projection (the actor X) are ignored; D is chosen but isolated.
        List<WeightedLink> links = List.of(new WeightedLink("A", "B", 4), new WeightedLink("B", "C", 4),
                new WeightedLink("A", "C", 1), new WeightedLink("C", "X", 9));
        Map<String, CentralityScores<String>> scores = FilteredScores.of(List.of("A", "B", "C", "D"), links);
        assertEquals(List.of("A", "B", "C", "D"), List.copyOf(scores.keySet()));
        assertEquals(5.0, scores.get("A").weightedDegree());
        assertEquals(2, scores.get("C").degree());
        assertEquals(0, scores.get("D").degree());

        Graph<String, DefaultWeightedEdge> same = TestGraphs.weighted("A-B:4", "B-C:4", "A-C:1");
        same.addVertex("D");
        assertEquals(Centrality.compute(same), scores, "the same code as analyze");
    }
}
