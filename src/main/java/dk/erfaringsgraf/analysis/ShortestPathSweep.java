package dk.erfaringsgraf.analysis;

import java.util.Arrays;

/**
 * Single-source shortest paths as Brandes (2001) needs them: distances, the number of shortest paths
 * {@code sigma} (in double, so counts beyond {@link Long#MAX_VALUE} stay finite and accurate to about 16
 * digits), each vertex's predecessors on shortest paths, and the vertices in the order they were settled
 * (non-decreasing distance). Breadth-first search on unweighted graphs, Dijkstra on weighted ones.
 *
 * <p>One instance is reused for every source; its arrays are allocated once.
 */
final class ShortestPathSweep {

    /**
     * Two path lengths within this relative difference are the same length. Lengths are sums of 1/weight, and
     * sums such as 1/6 + 1/30 and 1/5 differ in the last bit although the paths are equally short.
     */
    static final double TIE_TOLERANCE = 1e-12;

    private final IndexedGraph<?> graph;
    final double[] distance;
    final double[] sigma;
    final int[] order;
    int settledCount;
    private final int[] predStart;
    private final int[] predCount;
    private final int[] pred;
    private final boolean[] settled;
    private final IndexedMinHeap heap;

    ShortestPathSweep(IndexedGraph<?> graph) {
        this.graph = graph;
        int n = graph.size();
        distance = new double[n];
        sigma = new double[n];
        order = new int[n];
        settled = new boolean[n];
        predCount = new int[n];
        predStart = new int[n + 1];
        for (int v = 0; v < n; v++) {
            predStart[v + 1] = predStart[v] + graph.inArcs[v];
        }
        pred = new int[predStart[n]];
        heap = new IndexedMinHeap(n);
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
    }

    /** Computes the shortest paths from {@code source}. */
    void run(int source) {
        clearPrevious();
        distance[source] = 0.0;
        sigma[source] = 1.0;
        if (graph.weighted) {
            dijkstra(source);
        } else {
            breadthFirst(source);
        }
    }

    /** Resets only the vertices the previous run reached, so a source in a small component costs little. */
    private void clearPrevious() {
        for (int i = 0; i < settledCount; i++) {
            int v = order[i];
            distance[v] = Double.POSITIVE_INFINITY;
            sigma[v] = 0.0;
            predCount[v] = 0;
            settled[v] = false;
        }
        settledCount = 0;
    }

    int predecessorCount(int v) {
        return predCount[v];
    }

    int predecessor(int v, int i) {
        return pred[predStart[v] + i];
    }

    private void breadthFirst(int source) {
        order[0] = source;
        int head = 0;
        settledCount = 1;
        while (head < settledCount) {
            int v = order[head++];
            for (int arc = graph.start[v]; arc < graph.start[v + 1]; arc++) {
                int w = graph.target[arc];
                if (distance[w] == Double.POSITIVE_INFINITY) {
                    distance[w] = distance[v] + 1;
                    order[settledCount++] = w;
                }
                if (distance[w] == distance[v] + 1) {
                    addPath(v, w);
                }
            }
        }
    }

    private void dijkstra(int source) {
        heap.insert(source, 0.0);
        settledCount = 0;
        while (!heap.isEmpty()) {
            int v = heap.pollMin();
            settled[v] = true;
            order[settledCount++] = v;
            for (int arc = graph.start[v]; arc < graph.start[v + 1]; arc++) {
                relax(v, graph.target[arc], distance[v] + graph.length[arc]);
            }
        }
    }

    private void relax(int v, int w, double d) {
        if (settled[w]) {
            return;
        }
        double old = distance[w];
        if (old == Double.POSITIVE_INFINITY) {
            distance[w] = d;
            heap.insert(w, d);
            addPath(v, w);
        } else if (Math.abs(d - old) <= TIE_TOLERANCE * Math.max(d, old)) {
            addPath(v, w);
        } else if (d < old) {
            distance[w] = d;
            sigma[w] = 0.0;
            predCount[w] = 0;
            heap.decreaseKey(w, d);
            addPath(v, w);
        }
    }

    /** Records that shortest paths to {@code w} may end with the arc v → w. */
    private void addPath(int v, int w) {
        sigma[w] += sigma[v];
        pred[predStart[w] + predCount[w]++] = v;
    }
}
