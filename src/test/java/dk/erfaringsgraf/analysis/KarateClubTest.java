package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jgrapht.Graph;
import org.jgrapht.generate.NamedGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Test;

/** Pins down how JGraphT numbers the karate club, so the published member numbers can be trusted. */
class KarateClubTest {

    @Test
    void jgraphtNumbersVerticesByFirstAppearanceNotByMemberNumber() {
        Graph<Integer, DefaultEdge> generated = new SimpleGraph<>(SupplierUtil.createIntegerSupplier(),
                SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        new NamedGraphGenerator<Integer, DefaultEdge>().generateZacharyKarateClubGraph(generated);
        // Member numbers in order of first appearance in the edge list: vertex k of JGraphT is member.get(k).
        Set<Integer> firstAppearance = new LinkedHashSet<>();
        for (int[] e : KarateClub.EDGES) {
            firstAppearance.add(e[0]);
            firstAppearance.add(e[1]);
        }
        List<Integer> member = List.copyOf(firstAppearance);
        assertEquals(11, member.get(9)); // member 10 first appears late, in edge {3, 10}
        assertEquals(edgeSet(KarateClub.graph(), List.of()), edgeSet(generated, member));
        assertEquals(78, generated.edgeSet().size());
        assertEquals(16, KarateClub.graph().degreeOf(1)); // the instructor, "Mr. Hi"
        assertEquals(17, KarateClub.graph().degreeOf(34)); // the administrator
    }

    private static Set<String> edgeSet(Graph<Integer, DefaultEdge> g, List<Integer> relabel) {
        Set<String> out = new TreeSet<>();
        for (DefaultEdge e : g.edgeSet()) {
            int a = g.getEdgeSource(e);
            int b = g.getEdgeTarget(e);
            if (!relabel.isEmpty()) {
                a = relabel.get(a);
                b = relabel.get(b);
            }
            out.add(Math.min(a, b) + "-" + Math.max(a, b));
        }
        return out;
    }
}
