package dk.erfaringsgraf.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * An undirected weighted network for Louvain: nodes 0..n-1, each row of neighbours sorted by index with
 * parallel edges merged, and self-loops kept apart. Following Newman's convention a self-loop of weight w adds
 * 2w to its node's strength, so an aggregated community node keeps the strength of its members.
 */
final class LouvainNetwork {

    final int size;
    final int[] start;
    final int[] neighbour;
    final double[] weight;
    /** Total weight of each node's self-loops, each counted once. */
    final double[] loop;
    /** Strength k_i: row weights plus twice the loops. */
    final double[] strength;
    /** 2m: the sum of all strengths. */
    final double totalStrength;

    private LouvainNetwork(int[] start, int[] neighbour, double[] weight, double[] loop) {
        this.size = loop.length;
        this.start = start;
        this.neighbour = neighbour;
        this.weight = weight;
        this.loop = loop;
        this.strength = new double[size];
        double total = 0.0;
        for (int i = 0; i < size; i++) {
            strength[i] = 2.0 * loop[i];
            for (int arc = start[i]; arc < start[i + 1]; arc++) {
                strength[i] += weight[arc];
            }
            total += strength[i];
        }
        this.totalStrength = total;
    }

    /** The network of {@code graph} with nodes numbered in the order of {@code vertices}. */
    static <V, E> LouvainNetwork of(Graph<V, E> graph, List<V> vertices) {
        if (graph.getType().isDirected()) {
            throw new IllegalArgumentException("Louvain and modularity need an undirected graph, not a directed one");
        }
        Map<V, Integer> index = new HashMap<>();
        vertices.forEach(v -> index.put(v, index.size()));
        RowBuilder rows = new RowBuilder(vertices.size());
        double[] loop = new double[vertices.size()];
        for (int i = 0; i < vertices.size(); i++) {
            V v = vertices.get(i);
            for (E e : graph.edgesOf(v)) {
                int j = index.get(Graphs.getOppositeVertex(graph, e, v));
                if (j == i) {
                    loop[i] += EdgeWeights.of(graph, e);
                } else {
                    rows.add(j, EdgeWeights.of(graph, e));
                }
            }
            rows.endRow();
        }
        return rows.build(loop);
    }

    /** The network whose nodes are the communities 0..count-1 of {@code community}. */
    LouvainNetwork aggregate(int[] community, int count) {
        int[][] members = Louvain.members(community, count);
        RowBuilder rows = new RowBuilder(count);
        double[] loops = new double[count];
        for (int c = 0; c < count; c++) {
            for (int i : members[c]) {
                loops[c] += loop[i];
                for (int arc = start[i]; arc < start[i + 1]; arc++) {
                    int d = community[neighbour[arc]];
                    if (d == c) {
                        loops[c] += weight[arc] / 2.0; // each internal edge is seen from both ends
                    } else {
                        rows.add(d, weight[arc]);
                    }
                }
            }
            rows.endRow();
        }
        return rows.build(loops);
    }

    /** Collects rows of (neighbour, weight), merging repeated neighbours and sorting each row by neighbour. */
    private static final class RowBuilder {
        private final double[] pending;
        private final boolean[] seen;
        private final int[] touched;
        private int touchedCount;
        private final int[] start;
        private int rowsDone;
        private int[] neighbour = new int[16];
        private double[] weight = new double[16];

        RowBuilder(int rows) {
            pending = new double[rows];
            seen = new boolean[rows];
            touched = new int[rows];
            start = new int[rows + 1];
        }

        void add(int j, double w) {
            if (!seen[j]) {
                seen[j] = true;
                touched[touchedCount++] = j;
            }
            pending[j] += w;
        }

        void endRow() {
            Arrays.sort(touched, 0, touchedCount);
            int at = start[rowsDone];
            if (at + touchedCount > neighbour.length) {
                neighbour = Arrays.copyOf(neighbour, 2 * (at + touchedCount));
                weight = Arrays.copyOf(weight, neighbour.length);
            }
            for (int t = 0; t < touchedCount; t++) {
                int j = touched[t];
                neighbour[at + t] = j;
                weight[at + t] = pending[j];
                pending[j] = 0.0;
                seen[j] = false;
            }
            start[++rowsDone] = at + touchedCount;
            touchedCount = 0;
        }

        LouvainNetwork build(double[] loop) {
            int arcs = start[rowsDone];
            return new LouvainNetwork(start, Arrays.copyOf(neighbour, arcs), Arrays.copyOf(weight, arcs), loop);
        }
    }
}
