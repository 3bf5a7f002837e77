package dk.erfaringsgraf.analysis;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words behind stems, so people read "skolen" and "møder" rather than the stems "skol" and "mød" (which
 * read as typos). For each stem the form written most often in the texts given wins; a tie goes to the
 * shorter form (usually the base form), then to the alphabetically first, so the choice is deterministic.
 */
final class SurfaceWords {

    private static final Comparator<Map.Entry<String, Integer>> BEST = Comparator
            .<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
            .thenComparingInt(e -> e.getKey().length())
            .thenComparing(Map.Entry::getKey);

    private final Map<String, Map<String, Integer>> forms = new HashMap<>();

    /** Counts the words of one text. */
    SurfaceWords add(List<DanishTerms.Word> words) {
        for (DanishTerms.Word w : words) {
            forms.computeIfAbsent(w.term(), t -> new HashMap<>()).merge(w.word(), 1, Integer::sum);
        }
        return this;
    }

    /** The word for {@code term}: its most frequent form, or the term itself if no text wrote it. */
    String word(String term) {
        Map<String, Integer> counts = forms.get(term);
        return counts == null ? term : counts.entrySet().stream().min(BEST).orElseThrow().getKey();
    }

    /** The words for {@code terms}, in their order. */
    List<String> words(List<String> terms) {
        return terms.stream().map(this::word).toList();
    }
}
