package dk.erfaringsgraf.report;

import java.util.Arrays;

/**
 * A theme × source crosstab of coded items, read the way KH Coder and QDA tools read a code × group crosstab.
 * An item can be about several themes, so each theme is its own 2 × k table: of each source's n(s) items with
 * at least one theme, O(t,s) are about theme t and the rest are not; R(t) = Σ O(t,s), n = Σ n(s).
 * <ul>
 * <li>{@link #share}: O / n(s), the column per cent: the share of the source's items about the theme (a
 *     source's shares add up to more than 1 when its items have several themes);
 * <li>{@link #expected}: E = R(t) · n(s) / n, the count if the source's items were about the theme as often as
 *     the items of all sources together;
 * <li>{@link #residual}: Haberman's adjusted standardised residual (O − E) / √(E · (1 − R(t)/n) · (1 − n(s)/n)).
 *     It is about standard normal when the theme is spread over the sources like all items are, so |r| > 2
 *     marks a clear over- (r > 2) or under-representation (r < −2). It equals the pooled two-proportion z of
 *     the source's share against the other sources' share. (Pearson's (O − E)/√E is smaller in size and has no
 *     fixed scale, so it is not used.)
 * </ul>
 * Constant time per cell after an O(themes × sources) pass for the totals.
 */
public final class Crosstab {

    private final int[][] counts;
    private final int[] sourceItems;
    private final int[] themeItems;
    private final int items;

    /**
     * @param counts O(t,s): items of source s about theme t, one row per theme, one column per source
     * @param sourceItems n(s): items of each source about at least one theme (the denominators)
     * @throws IllegalArgumentException when the rows differ in length from {@code sourceItems}, a count is
     *     negative, or a cell holds more items than its source has
     */
    public Crosstab(int[][] counts, int[] sourceItems) {
        this.sourceItems = sourceItems.clone();
        this.counts = new int[counts.length][];
        this.themeItems = new int[counts.length];
        for (int t = 0; t < counts.length; t++) {
            this.counts[t] = counts[t].clone();
            if (counts[t].length != sourceItems.length) {
                throw new IllegalArgumentException("Row " + t + " has " + counts[t].length + " cells for "
                        + sourceItems.length + " sources");
            }
            for (int s = 0; s < sourceItems.length; s++) {
                if (counts[t][s] < 0 || counts[t][s] > sourceItems[s]) {
                    throw new IllegalArgumentException("Cell (" + t + ", " + s + ") holds " + counts[t][s]
                            + " items of a source with " + sourceItems[s]);
                }
                themeItems[t] += counts[t][s];
            }
        }
        this.items = Arrays.stream(sourceItems).sum();
    }

    public int count(int theme, int source) {
        return counts[theme][source];
    }

    /** @return O / n(s); NaN when the source has no item with a theme */
    public double share(int theme, int source) {
        int n = sourceItems[source];
        return n == 0 ? Double.NaN : (double) counts[theme][source] / n;
    }

    /** @return R(t) · n(s) / n; NaN when no source has an item with a theme */
    public double expected(int theme, int source) {
        return items == 0 ? Double.NaN : (double) themeItems[theme] * sourceItems[source] / items;
    }

    /**
     * @return the adjusted standardised residual; NaN where it is undefined: the theme has no items or is in
     *     every item, or the source has none or all of the items
     */
    public double residual(int theme, int source) {
        double e = expected(theme, source);
        double variance = e * (1 - (double) themeItems[theme] / items) * (1 - (double) sourceItems[source] / items);
        return variance > 0 ? (counts[theme][source] - e) / Math.sqrt(variance) : Double.NaN;
    }
}
