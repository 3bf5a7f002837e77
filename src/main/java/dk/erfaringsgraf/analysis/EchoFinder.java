package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.coding.Item;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds ECHOES: items of different sources that make the same point.
 *
 * <p>Each item's text becomes stemmed Danish content terms ({@link DanishTerms}) and a TF-IDF vector with
 * the inverse document frequency over all items given ({@link TermVectors}). Two items of different sources
 * echo when the cosine of their vectors, raised by {@code themeBoost} times the Jaccard overlap J of their theme
 * sets (similarity = min(1, cos · (1 + themeBoost · J))), reaches {@code threshold} and they share at least
 * {@code minSharedTerms} terms. Items of one source never echo each other (its renditions are already merged),
 * and items with fewer than {@code minItemTerms} distinct terms take no part: a bare heading such as KL's
 * "Det tværgående samarbejde" names a topic but makes no point, yet matched every item on that topic.
 * Echoes are then taken strongest first, and one is dropped when either item already has {@code maxPerItem}
 * echoes, so a long, wordy item cannot echo everything.
 *
 * <p>Runs in O(n² · m) time for n items of at most m distinct terms each (every cross-source pair is compared
 * by one merge of sorted term arrays) plus O(e log e) to sort the e candidate echoes; O(n · m + e) space.
 * The output is deterministic: by similarity descending, then {@code from}, then {@code to}.
 */
public final class EchoFinder {

    /**
     * Least similarity of an echo, calibrated by reading on the bundled corpus (675 items, four sources). 108
     * cross-source pairs (the 60 to 80 strongest under several settings of the other parameters) were read and
     * judged "same point" or not; at the defaults the 27 echoes this threshold keeps were all in that sample
     * and 14 were judged the same point: precision 0.52. No threshold does much better: precision is 5/10 at
     * the 10 strongest, 9/20 at 20, 16/30 at 30 and 17/37 at 0.27. Shared stemmed words find the same topic
     * reliably (day care and school, vulnerable young people) but the same point only about half the time,
     * so treat echoes as candidates to read, not as findings.
     */
    public static final double DEFAULT_THRESHOLD = 0.28;
    /** Two shared terms at least: a single shared word (often the topic word itself) is not a point. */
    public static final int DEFAULT_MIN_SHARED_TERMS = 2;
    /** Items need five distinct content terms to take part; shorter ones are headings and labels. */
    public static final int DEFAULT_MIN_ITEM_TERMS = 5;
    /** Each item keeps two echoes at most: 16 of the 30 strongest were correct with 2, 13 with 1, 15 with 3. */
    public static final int DEFAULT_MAX_PER_ITEM = 2;
    /** Fully shared themes double the cosine: 16 of the 30 strongest were correct with 1.0, 11 with 0.5, 10 with 0. */
    public static final double DEFAULT_THEME_BOOST = 1.0;

    private static final Comparator<Echo> ORDER = Comparator.comparingDouble(Echo::similarity).reversed()
            .thenComparing(Echo::from).thenComparing(Echo::to);

    private final double threshold;
    private final int minSharedTerms;
    private final int minItemTerms;
    private final int maxPerItem;
    private final double themeBoost;

    /** An echo finder with the default parameters. */
    public EchoFinder() {
        this(DEFAULT_THRESHOLD, DEFAULT_MIN_SHARED_TERMS, DEFAULT_MIN_ITEM_TERMS, DEFAULT_MAX_PER_ITEM,
                DEFAULT_THEME_BOOST);
    }

    /**
     * @param threshold      least similarity of an echo, in (0, 1]
     * @param minSharedTerms least number of stemmed terms both items contain, at least 1
     * @param minItemTerms   least number of distinct terms an item needs to take part, at least 1
     * @param maxPerItem     most echoes kept per item, at least 1
     * @param themeBoost     how much fully shared themes raise the cosine (0 = not at all), finite and ≥ 0
     */
    public EchoFinder(double threshold, int minSharedTerms, int minItemTerms, int maxPerItem, double themeBoost) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be in (0, 1], got " + threshold);
        }
        requireAtLeastOne("minSharedTerms", minSharedTerms);
        requireAtLeastOne("minItemTerms", minItemTerms);
        requireAtLeastOne("maxPerItem", maxPerItem);
        if (!(themeBoost >= 0 && Double.isFinite(themeBoost))) {
            throw new IllegalArgumentException("themeBoost must be finite and at least 0, got " + themeBoost);
        }
        this.threshold = threshold;
        this.minSharedTerms = minSharedTerms;
        this.minItemTerms = minItemTerms;
        this.maxPerItem = maxPerItem;
        this.themeBoost = themeBoost;
    }

    private static void requireAtLeastOne(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be at least 1, got " + value);
        }
    }

    /** The echoes among {@code items} (ids as {@link ItemIds#of}), unmodifiable, strongest first. */
    public List<Echo> find(List<Item> items) {
        return find(items, ItemIds.of(items));
    }

    /** The echoes among {@code items} whose ids (as in the graph) are {@code ids}, index for index. */
    public List<Echo> find(List<Item> items, List<String> ids) {
        if (ids.size() != items.size()) {
            throw new IllegalArgumentException("ids must match items one to one: " + ids.size() + " ids, "
                    + items.size() + " items");
        }
        DanishTerms analysis = new DanishTerms();
        List<List<String>> terms = items.stream().map(i -> analysis.terms(i.text())).toList();
        TermVectors tfidf = new TermVectors(terms);
        List<TermVectors.Vector> vectors = terms.stream().map(tfidf::vector).toList();
        List<Echo> candidates = candidates(items, ids, vectors);
        candidates.sort(ORDER);
        return List.copyOf(limitPerItem(candidates));
    }

    /** Every cross-source pair of items taking part that passes the thresholds, unsorted. */
    private List<Echo> candidates(List<Item> items, List<String> ids, List<TermVectors.Vector> vectors) {
        List<Echo> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (takesPart(vectors.get(i)) && takesPart(vectors.get(j))
                        && !items.get(i).source().equals(items.get(j).source())) {
                    Echo echo = compare(ids.get(i), ids.get(j), vectors.get(i), vectors.get(j),
                            themeOverlap(items.get(i), items.get(j)));
                    if (echo != null) {
                        candidates.add(echo);
                    }
                }
            }
        }
        return candidates;
    }

    private boolean takesPart(TermVectors.Vector vector) {
        return vector.terms().length >= minItemTerms;
    }

    private Echo compare(String a, String b, TermVectors.Vector x, TermVectors.Vector y, double themes) {
        SharedTerms shared = SharedTerms.of(x, y);
        if (shared.terms().size() < minSharedTerms) {
            return null;
        }
        double similarity = Math.min(1, shared.cosine() * (1 + themeBoost * themes));
        if (similarity < threshold) {
            return null;
        }
        return a.compareTo(b) < 0 ? new Echo(a, b, similarity, shared.terms()) : new Echo(b, a, similarity,
                shared.terms());
    }

    /** Jaccard overlap of the two items' theme sets; 0 when neither has a theme. */
    private static double themeOverlap(Item a, Item b) {
        Set<String> union = new HashSet<>(a.themes());
        union.addAll(b.themes());
        long common = a.themes().stream().distinct().filter(b.themes()::contains).count();
        return union.isEmpty() ? 0 : (double) common / union.size();
    }

    private List<Echo> limitPerItem(List<Echo> sorted) {
        Map<String, Integer> kept = new HashMap<>();
        List<Echo> result = new ArrayList<>();
        for (Echo echo : sorted) {
            if (kept.getOrDefault(echo.from(), 0) < maxPerItem && kept.getOrDefault(echo.to(), 0) < maxPerItem) {
                kept.merge(echo.from(), 1, Integer::sum);
                kept.merge(echo.to(), 1, Integer::sum);
                result.add(echo);
            }
        }
        return result;
    }
}
