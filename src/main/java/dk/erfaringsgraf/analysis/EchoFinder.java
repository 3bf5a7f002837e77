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
 * Finds ECHOES: candidate pairs of items of different sources that say something alike, each with how the two
 * relate ({@link EchoRelation}: agrees, contrasts, related).
 *
 * <p>Each item's text becomes stemmed Danish content terms ({@link DanishTerms}) and a TF-IDF vector with
 * the inverse document frequency over all items given ({@link TermVectors}). Two items of different sources
 * echo when the cosine of their vectors, raised by {@code themeBoost} times the Jaccard overlap J of their theme
 * sets (similarity = min(1, cos · (1 + themeBoost · J))), reaches {@code threshold} and they share at least
 * {@code minSharedTerms} terms. Items of one source never echo each other (its renditions are already merged).
 * Items with fewer than {@code minItemTerms} distinct terms take part only when they read as a statement
 * ({@link BareHeadings}): a bare heading such as KL's "Det tværgående samarbejde" names a topic but makes no
 * point, yet matched every item on that topic, while "Klare og tydelige retningslinjer for hjemmearbejde."
 * makes one. Echoes are then taken strongest first, and one is dropped when either item already has
 * {@code maxPerItem} echoes, so a long, wordy item cannot echo everything. Shared terms are reported as the
 * words the two texts write ({@link SurfaceWords}).
 *
 * <p>Runs in O(n² · m) time for n items of at most m distinct terms each (every cross-source pair is compared
 * by one merge of sorted term arrays) plus O(e log e) to sort the e candidate echoes; O(n · m + e) space.
 * The output is deterministic: by similarity descending, then {@code from}, then {@code to}.
 */
public final class EchoFinder {

    /**
     * Least similarity of an echo, read on the bundled corpus: 36 echoes, of which 18 make the same point when
     * read (0.50). Similarity finds the same topic reliably but the same point only about half the time, so
     * {@link EchoRelation} labels each; in the judged sample ({@code src/test/resources/echoes/judged.tsv}, 77
     * pairs judged from the texts alone) 13 of the 17 labelled agrees make the same point (0.76) and 3 of the 4
     * contrasts contrast; 13 of the 32 same-point pairs of the sample are found as agrees. EchoPrecisionTest
     * prints and holds these figures.
     */
    public static final double DEFAULT_THRESHOLD = 0.28;
    /** Two shared terms at least: a single shared word (often the topic word itself) is not a point. */
    public static final int DEFAULT_MIN_SHARED_TERMS = 2;
    /** Items with fewer distinct content terms take part only when they read as a statement, not a heading. */
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
        List<List<DanishTerms.Word>> words = items.stream().map(i -> analysis.words(i.text())).toList();
        List<Candidate> candidates = candidates(items, vectors(words));
        candidates.sort(Comparator.comparingDouble(Candidate::similarity).reversed()
                .thenComparing(c -> first(ids, c)).thenComparing(c -> second(ids, c)));
        EchoRelation relation = new EchoRelation();
        List<Echo> echoes = new ArrayList<>();
        for (Candidate c : limitPerItem(candidates, ids)) {
            echoes.add(echo(c, items, ids, words, relation));
        }
        echoes.sort(ORDER);
        return List.copyOf(echoes);
    }

    private static List<TermVectors.Vector> vectors(List<List<DanishTerms.Word>> words) {
        List<List<String>> terms = words.stream().map(w -> w.stream().map(DanishTerms.Word::term).toList()).toList();
        TermVectors tfidf = new TermVectors(terms);
        return terms.stream().map(tfidf::vector).toList();
    }

    /** The echo of a kept candidate: its relation, and its shared terms as the two texts write them. */
    private static Echo echo(Candidate c, List<Item> items, List<String> ids, List<List<DanishTerms.Word>> words,
                             EchoRelation relation) {
        EchoRelation.Reading reading = relation.read(items.get(c.i()), items.get(c.j()), c.shared().terms());
        List<String> terms = new SurfaceWords().add(words.get(c.i())).add(words.get(c.j())).words(c.shared().terms());
        return new Echo(first(ids, c), second(ids, c), c.similarity(), c.shared().cosine(), c.themeFactor(), terms,
                reading.relation(), reading.basis());
    }

    /** A pair of items (by index, i before j) that passes the thresholds, before the per-item limit. */
    private record Candidate(int i, int j, double similarity, double themeFactor, SharedTerms shared) {
    }

    private static String first(List<String> ids, Candidate c) {
        String a = ids.get(c.i());
        String b = ids.get(c.j());
        return a.compareTo(b) < 0 ? a : b;
    }

    private static String second(List<String> ids, Candidate c) {
        String a = ids.get(c.i());
        String b = ids.get(c.j());
        return a.compareTo(b) < 0 ? b : a;
    }

    /** Every cross-source pair of items taking part that passes the thresholds, unsorted. */
    private List<Candidate> candidates(List<Item> items, List<TermVectors.Vector> vectors) {
        boolean[] takesPart = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            takesPart[i] = takesPart(items.get(i), vectors.get(i));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (takesPart[i] && takesPart[j] && !items.get(i).source().equals(items.get(j).source())) {
                    Candidate c = compare(i, j, vectors.get(i), vectors.get(j),
                            themeOverlap(items.get(i), items.get(j)));
                    if (c != null) {
                        candidates.add(c);
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * An item takes part when it has {@code minItemTerms} distinct terms, or fewer (but at least
     * {@code minSharedTerms}) and reads as a statement rather than a bare heading ({@link BareHeadings}).
     */
    private boolean takesPart(Item item, TermVectors.Vector vector) {
        int n = vector.terms().length;
        return n >= minItemTerms || n >= minSharedTerms && !BareHeadings.isHeading(item.text());
    }

    private Candidate compare(int i, int j, TermVectors.Vector x, TermVectors.Vector y, double themes) {
        SharedTerms shared = SharedTerms.of(x, y);
        if (shared.terms().size() < minSharedTerms) {
            return null;
        }
        double factor = 1 + themeBoost * themes;
        double similarity = Math.min(1, shared.cosine() * factor);
        return similarity < threshold ? null : new Candidate(i, j, similarity, factor, shared);
    }

    /** Jaccard overlap of the two items' theme sets; 0 when neither has a theme. */
    private static double themeOverlap(Item a, Item b) {
        Set<String> union = new HashSet<>(a.themes());
        union.addAll(b.themes());
        long common = a.themes().stream().distinct().filter(b.themes()::contains).count();
        return union.isEmpty() ? 0 : (double) common / union.size();
    }

    private List<Candidate> limitPerItem(List<Candidate> sorted, List<String> ids) {
        Map<String, Integer> kept = new HashMap<>();
        List<Candidate> result = new ArrayList<>();
        for (Candidate c : sorted) {
            String a = ids.get(c.i());
            String b = ids.get(c.j());
            if (kept.getOrDefault(a, 0) < maxPerItem && kept.getOrDefault(b, 0) < maxPerItem) {
                kept.merge(a, 1, Integer::sum);
                kept.merge(b, 1, Integer::sum);
                result.add(c);
            }
        }
        return result;
    }
}
