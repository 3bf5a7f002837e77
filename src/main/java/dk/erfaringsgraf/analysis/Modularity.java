package dk.erfaringsgraf.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jgrapht.Graph;

/**
 * Modularity of a partition (Newman and Girvan 2004; with resolution γ, Reichardt and Bornholdt 2006):
 * Q = Σ_c [ in_c / 2m − γ (tot_c / 2m)² ], where in_c is the weight of edges inside community c counted from
 * both ends, tot_c the summed strength of its vertices and m the total edge weight. Undirected graphs,
 * weighted when the graph is; a self-loop counts twice in a strength. 0 for a graph without edges. O(n + m).
 */
public final class Modularity {

    private Modularity() {
    }

    /**
     * @param communities every vertex of {@code graph} mapped to a community id (any integers)
     * @param resolution  γ, 1.0 for Newman–Girvan modularity
     */
    public static <V, E> double of(Graph<V, E> graph, Map<V, Integer> communities, double resolution) {
        Objects.requireNonNull(communities, "communities");
        List<V> vertices = List.copyOf(graph.vertexSet());
        int[] ids = new int[vertices.size()];
        for (int i = 0; i < ids.length; i++) {
            Integer c = communities.get(vertices.get(i));
            if (c == null) {
                throw new IllegalArgumentException("Vertex " + vertices.get(i) + " has no community");
            }
            ids[i] = c;
        }
        return of(LouvainNetwork.of(graph, vertices), denseIds(ids), resolution);
    }

    static double of(LouvainNetwork net, int[] community, double resolution) {
        if (net.totalStrength == 0.0) {
            return 0.0;
        }
        int count = 0;
        for (int c : community) {
            count = Math.max(count, c + 1);
        }
        double[] inside = new double[count];
        double[] total = new double[count];
        for (int i = 0; i < net.size; i++) {
            int c = community[i];
            total[c] += net.strength[i];
            inside[c] += 2.0 * net.loop[i];
            for (int arc = net.start[i]; arc < net.start[i + 1]; arc++) {
                if (community[net.neighbour[arc]] == c) {
                    inside[c] += net.weight[arc];
                }
            }
        }
        double q = 0.0;
        for (int c = 0; c < count; c++) {
            double share = total[c] / net.totalStrength;
            q += inside[c] / net.totalStrength - resolution * share * share;
        }
        return q;
    }

    /** Arbitrary integer ids renumbered 0.. in order of first appearance. */
    private static int[] denseIds(int[] ids) {
        Map<Integer, Integer> dense = new HashMap<>();
        int[] out = new int[ids.length];
        for (int i = 0; i < ids.length; i++) {
            out[i] = dense.computeIfAbsent(ids[i], k -> dense.size());
        }
        return out;
    }
}
