package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which challenges a recommendation addresses, within one source: a score from shared themes (Jaccard,
 * weight {@value #THEME_WEIGHT}) and shared content words (Dice over words of four or more letters that
 * are not Danish function words). Each recommendation links to at most {@value #MAX_LINKS} challenges
 * scoring at least {@value #MIN_SCORE}. O(r·c) for r recommendations and c challenges.
 */
final class AddressLinker {

    static final double MIN_SCORE = 0.3;
    static final int MAX_LINKS = 3;
    static final double THEME_WEIGHT = 0.6;
    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");
    private static final Set<String> STOP = Set.of("også", "ikke", "være", "været", "have", "haft", "skal", "kunne", "blev", "bliver", "blive",
            "hvor", "hvad", "hvordan", "eller", "efter", "over", "under", "mellem", "andre", "anden", "andet", "alle",
            "hele", "mere", "mest", "meget", "nogle", "noget", "nogen", "sådan", "deres", "vores", "dette", "disse",
            "denne", "fordi", "samt", "selv", "helt", "både", "sine");

    /** One scored link. */
    record Link(String recommendation, String challenge, double score) {
    }

    /** A coded item as the linker sees it. */
    record Candidate(String id, Set<String> themes, String text) {
    }

    private AddressLinker() {
    }

    static List<Link> link(List<Candidate> recommendations, List<Candidate> challenges) {
        List<Link> out = new ArrayList<>();
        Map<String, Set<String>> words = new java.util.HashMap<>();
        challenges.forEach(c -> words.put(c.id(), contentWords(c.text())));
        for (Candidate r : recommendations) {
            Set<String> rWords = contentWords(r.text());
            challenges.stream()
                    .map(c -> new Link(r.id(), c.id(), score(r, rWords, c, words.get(c.id()))))
                    .filter(l -> l.score() >= MIN_SCORE)
                    .sorted(Comparator.comparingDouble(Link::score).reversed().thenComparing(Link::challenge))
                    .limit(MAX_LINKS)
                    .forEach(out::add);
        }
        return out;
    }

    private static double score(Candidate r, Set<String> rWords, Candidate c, Set<String> cWords) {
        double s = THEME_WEIGHT * jaccard(r.themes(), c.themes()) + (1 - THEME_WEIGHT) * dice(rWords, cWords);
        return Math.round(s * 1000) / 1000.0;
    }

    static Set<String> contentWords(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!STOP.contains(m.group())) {
                out.add(m.group());
            }
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }

    private static double dice(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long common = a.stream().filter(b::contains).count();
        return 2.0 * common / (a.size() + b.size());
    }
}
