package dk.erfaringsgraf.analysis;

import java.util.Arrays;

/**
 * The two phases of Louvain on a {@link LouvainNetwork}: local moving of single nodes to the neighbouring
 * community with the largest modularity gain, and the helpers to renumber and aggregate communities.
 */
final class Louvain {

    /** Gains within this share of 2m of each other are equal, so rounding noise never decides a move. */
    static final double GAIN_TOLERANCE = 1e-12;

    private final LouvainNetwork net;
    private final double resolution;
    private final int[] community;
    private final double[] total;
    private final double[] linkWeight;
    private final int[] candidates;
    private int candidateCount;

    private Louvain(LouvainNetwork net, double resolution) {
        this.net = net;
        this.resolution = resolution;
        community = new int[net.size];
        total = new double[net.size];
        for (int i = 0; i < net.size; i++) {
            community[i] = i;
            total[i] = net.strength[i];
        }
        linkWeight = new double[net.size];
        candidates = new int[net.size];
    }

    /**
     * Local moving from singletons: visits nodes 0..n-1 in order, at most {@code maxPasses} times, until a pass
     * moves nothing. Returns each node's community, or null when no node moved.
     */
    static int[] localMoving(LouvainNetwork net, double resolution, int maxPasses) {
        if (net.totalStrength == 0.0) {
            return null;
        }
        Louvain louvain = new Louvain(net, resolution);
        boolean movedAny = false;
        for (int pass = 0; pass < maxPasses; pass++) {
            boolean moved = false;
            for (int i = 0; i < net.size; i++) {
                moved |= louvain.moveNode(i);
            }
            movedAny |= moved;
            if (!moved) {
                break;
            }
        }
        return movedAny ? louvain.community : null;
    }

    /**
     * Moves node i to the community with the largest gain k_{i,C} - γ·tot_C·k_i/2m (the modularity gain times
     * m, with i taken out of its own community first). It stays unless another community gains more; among
     * equal gains the smaller community index wins.
     */
    private boolean moveNode(int i) {
        int own = community[i];
        collectCandidates(i);
        total[own] -= net.strength[i];
        int best = own;
        double bestGain = gain(i, own);
        double tolerance = GAIN_TOLERANCE * net.totalStrength;
        for (int t = 0; t < candidateCount; t++) {
            double g = gain(i, candidates[t]);
            if (g > bestGain + tolerance) {
                best = candidates[t];
                bestGain = g;
            }
        }
        total[best] += net.strength[i];
        community[i] = best;
        for (int t = 0; t < candidateCount; t++) {
            linkWeight[candidates[t]] = 0.0;
        }
        return best != own;
    }

    private double gain(int i, int c) {
        return linkWeight[c] - resolution * total[c] * net.strength[i] / net.totalStrength;
    }

    /** Weight from node i to each neighbouring community; the communities sorted ascending. */
    private void collectCandidates(int i) {
        candidateCount = 0;
        for (int arc = net.start[i]; arc < net.start[i + 1]; arc++) {
            int c = community[net.neighbour[arc]];
            if (linkWeight[c] == 0.0) {
                candidates[candidateCount++] = c;
            }
            linkWeight[c] += net.weight[arc];
        }
        Arrays.sort(candidates, 0, candidateCount);
    }

    /** Renumbers communities 0.. in order of their first node, in place; returns how many there are. */
    static int renumber(int[] community) {
        int[] newId = new int[community.length];
        Arrays.fill(newId, -1);
        int count = 0;
        for (int i = 0; i < community.length; i++) {
            if (newId[community[i]] < 0) {
                newId[community[i]] = count++;
            }
            community[i] = newId[community[i]];
        }
        return count;
    }

    /** The nodes of each community 0..count-1, in ascending order. */
    static int[][] members(int[] community, int count) {
        int[] sizes = new int[count];
        for (int c : community) {
            sizes[c]++;
        }
        int[][] members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[sizes[c]];
            sizes[c] = 0;
        }
        for (int i = 0; i < community.length; i++) {
            members[community[i]][sizes[community[i]]++] = i;
        }
        return members;
    }
}
