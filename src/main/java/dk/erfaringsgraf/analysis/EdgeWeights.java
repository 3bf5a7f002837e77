package dk.erfaringsgraf.analysis;

import org.jgrapht.Graph;

/** Reads edge weights and rejects those no algorithm here can give a meaning to. */
final class EdgeWeights {

    private EdgeWeights() {
    }

    /**
     * The weight of {@code edge}: 1.0 on unweighted graphs, otherwise the graph's weight, which must be positive
     * and finite (a weight counts co-occurrences; zero, negative or NaN would make 1/weight meaningless).
     */
    static <V, E> double of(Graph<V, E> graph, E edge) {
        if (!graph.getType().isWeighted()) {
            return 1.0;
        }
        double w = graph.getEdgeWeight(edge);
        if (!(w > 0.0) || Double.isInfinite(w)) {
            throw new IllegalArgumentException(String.format(
                    "Edge %s (%s - %s) has weight %s; weights must be positive and finite",
                    edge, graph.getEdgeSource(edge), graph.getEdgeTarget(edge), w));
        }
        return w;
    }
}
