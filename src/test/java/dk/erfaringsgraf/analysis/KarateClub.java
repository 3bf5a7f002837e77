package dk.erfaringsgraf.analysis;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Zachary's karate club (34 members, 78 ties) with the member numbers 1..34 of Zachary (1977), which the
 * published centrality values use. JGraphT's {@code NamedGraphGenerator.generateZacharyKarateClubGraph} has the
 * same 78 edges in this order but creates its vertices through the graph's supplier in order of first appearance,
 * so its vertex 9 is member 11, not member 10 (see {@link KarateClubTest}).
 */
final class KarateClub {

    /** The edges in Zachary's numbering, in the order of JGraphT's (and networkx's) edge list. */
    static final int[][] EDGES = {{1, 2}, {1, 3}, {1, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 11},
        {1, 12}, {1, 13}, {1, 14}, {1, 18}, {1, 20}, {1, 22}, {1, 32}, {2, 3}, {2, 4}, {2, 8}, {2, 14}, {2, 18},
        {2, 20}, {2, 22}, {2, 31}, {3, 4}, {3, 8}, {3, 9}, {3, 10}, {3, 14}, {3, 28}, {3, 29}, {3, 33}, {4, 8},
        {4, 13}, {4, 14}, {5, 7}, {5, 11}, {6, 7}, {6, 11}, {6, 17}, {7, 17}, {9, 31}, {9, 33}, {9, 34}, {10, 34},
        {14, 34}, {15, 33}, {15, 34}, {16, 33}, {16, 34}, {19, 33}, {19, 34}, {20, 34}, {21, 33}, {21, 34},
        {23, 33}, {23, 34}, {24, 26}, {24, 28}, {24, 30}, {24, 33}, {24, 34}, {25, 26}, {25, 28}, {25, 32},
        {26, 32}, {27, 30}, {27, 34}, {28, 34}, {29, 32}, {29, 34}, {30, 33}, {30, 34}, {31, 33}, {31, 34},
        {32, 33}, {32, 34}, {33, 34}};

    private KarateClub() {
    }

    /** The club with vertices 1..34 added in that order. */
    static Graph<Integer, DefaultEdge> graph() {
        Graph<Integer, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
        for (int v = 1; v <= 34; v++) {
            g.addVertex(v);
        }
        for (int[] e : EDGES) {
            g.addEdge(e[0], e[1]);
        }
        return g;
    }
}
