package dk.erfaringsgraf.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ClusteringAlgorithm;

/**
 * Communities by the Louvain method (Blondel, Guillaume, Lambiotte and Lefebvre, "Fast unfolding of communities
 * in large networks", J. Stat. Mech. 2008): repeat local moving of single nodes to the neighbouring community
 * with the largest modularity gain, then aggregate each community into one node, until a level moves nothing.
 * Weighted when the graph is; undirected graphs only.
 *
 * <p>Deterministic: nodes are visited in the graph's iteration order, a node stays unless another community
 * gains strictly more (beyond a rounding tolerance), and equal gains go to the smaller community index. The
 * communities are numbered 0.. in order of their first vertex in the graph's iteration order.
 *
 * <p>One local-moving pass costs O(m log d) for maximum degree d (candidate communities are sorted); a level
 * runs at most {@code maxPasses} passes and aggregation costs O(m log d). Every level merges at least two nodes,
 * so there are at most n-1 levels; in practice a handful, and the whole runs in about O(m log n).
 *
 * @param <V> the graph vertex type
 * @param <E> the graph edge type
 */
public final class LouvainCommunities<V, E> implements ClusteringAlgorithm<V> {

    /** γ in Q = Σ_c [in_c/2m − γ (tot_c/2m)²]; 1.0 is Newman–Girvan modularity, larger γ gives smaller communities. */
    public static final double DEFAULT_RESOLUTION = 1.0;
    /** Cap on the local-moving sweeps over all nodes of one level. */
    public static final int DEFAULT_MAX_PASSES = 100;

    private final Graph<V, E> graph;
    private final List<V> vertices;
    private final double resolution;
    private final int maxPasses;
    private Map<V, Integer> communities;
    private double modularity;

    /** Louvain with the default resolution and pass cap. */
    public LouvainCommunities(Graph<V, E> graph) {
        this(graph, DEFAULT_RESOLUTION, DEFAULT_MAX_PASSES);
    }

    /**
     * @param graph      an undirected graph; weights, if any, must be positive and finite
     * @param resolution positive and finite
     * @param maxPasses  at least 1
     */
    public LouvainCommunities(Graph<V, E> graph, double resolution, int maxPasses) {
        this.graph = Objects.requireNonNull(graph, "graph");
        if (!(resolution > 0.0) || Double.isInfinite(resolution)) {
            throw new IllegalArgumentException("Louvain resolution must be positive and finite, not " + resolution);
        }
        if (maxPasses < 1) {
            throw new IllegalArgumentException("Louvain max passes must be at least 1, not " + maxPasses);
        }
        this.vertices = List.copyOf(graph.vertexSet());
        this.resolution = resolution;
        this.maxPasses = maxPasses;
        LouvainNetwork.of(graph, vertices); // validates direction and weights now
    }

    /** Each vertex's community, numbered 0.. in order of first vertex; unmodifiable, in iteration order. */
    public Map<V, Integer> getCommunities() {
        if (communities == null) {
            compute();
        }
        return communities;
    }

    /** The modularity of {@link #getCommunities()} at this resolution; 0 for a graph without edges. */
    public double getModularity() {
        getCommunities();
        return modularity;
    }

    /** The communities as vertex sets, in community order. */
    @Override
    public Clustering<V> getClustering() {
        List<Set<V>> clusters = new ArrayList<>();
        getCommunities().forEach((v, c) -> {
            if (c == clusters.size()) {
                clusters.add(new LinkedHashSet<>());
            }
            clusters.get(c).add(v);
        });
        List<Set<V>> frozen = new ArrayList<>();
        clusters.forEach(set -> frozen.add(Collections.unmodifiableSet(set)));
        return new ClusteringImpl<>(Collections.unmodifiableList(frozen));
    }

    private void compute() {
        LouvainNetwork original = LouvainNetwork.of(graph, vertices);
        int[] assignment = new int[vertices.size()];
        for (int i = 0; i < assignment.length; i++) {
            assignment[i] = i;
        }
        LouvainNetwork net = original;
        int[] level;
        while ((level = Louvain.localMoving(net, resolution, maxPasses)) != null) {
            int count = Louvain.renumber(level);
            for (int i = 0; i < assignment.length; i++) {
                assignment[i] = level[assignment[i]];
            }
            net = net.aggregate(level, count);
        }
        Louvain.renumber(assignment);
        Map<V, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < assignment.length; i++) {
            out.put(vertices.get(i), assignment[i]);
        }
        communities = Collections.unmodifiableMap(out);
        modularity = Modularity.of(original, assignment, resolution);
    }
}
