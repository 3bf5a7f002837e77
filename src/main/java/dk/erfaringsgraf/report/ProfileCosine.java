package dk.erfaringsgraf.report;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Cosine similarity of two weighted profiles, e.g. two sources' theme profiles. A source's profile gives each
 * theme its share of the source's item–theme codings: c(s,t) items of s are about t, and the share is
 * c(s,t) / Σ c(s,t') (an item about three themes counts once under each). The cosine of two share vectors p, q
 * is Σ p·q / (‖p‖ ‖q‖): 1 for sources that spread their items over the themes in the same proportions, 0 for
 * sources with no theme in common. Unlike Jaccard on theme sets it weighs a theme by how much each source says
 * about it, so one stray item does not count as much as a chapter. Cosine does not change when a vector is
 * scaled, so the cosine of the shares equals the cosine of the counts; shares are what the docs explain.
 * O(|p| + |q|).
 */
final class ProfileCosine {

    private ProfileCosine() {
    }

    /**
     * @param profile one count per key (keys missing or 0 mean none)
     * @param other the other profile's counts
     * @return the cosine of the two share vectors; NaN when either profile has no positive count
     * @throws IllegalArgumentException for a negative count, naming its key
     */
    static double of(Map<String, Integer> profile, Map<String, Integer> other) {
        double a = total(profile);
        double b = total(other);
        if (a == 0 || b == 0) {
            return Double.NaN;
        }
        Set<String> keys = new HashSet<>(profile.keySet());
        keys.retainAll(other.keySet());
        double dot = 0;
        for (String key : keys) {
            dot += profile.get(key) / a * (other.get(key) / b);
        }
        return dot / (norm(profile, a) * norm(other, b));
    }

    private static double total(Map<String, Integer> profile) {
        double total = 0;
        for (Map.Entry<String, Integer> e : profile.entrySet()) {
            if (e.getValue() < 0) {
                throw new IllegalArgumentException("Negative count " + e.getValue() + " for '" + e.getKey() + "'");
            }
            total += e.getValue();
        }
        return total;
    }

    /** The Euclidean length of the share vector. */
    private static double norm(Map<String, Integer> profile, double total) {
        double sum = 0;
        for (int count : profile.values()) {
            sum += (count / total) * (count / total);
        }
        return Math.sqrt(sum);
    }
}
