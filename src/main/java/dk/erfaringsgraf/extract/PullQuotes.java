package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.text.Tokenizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Folds repeated quotes into one. A report may repeat some quotes as pull-quotes (shortened, lightly
 * edited: "smittet ind i" for "smittet af på") or print a quote twice, once in a run of unattributed
 * quotes and once with its speaker. Two quotes are copies when nearly all words of the shorter occur in
 * the longer; the quadratic pairwise comparison is fine for the few dozen quotes of one report.
 * The copy with the fuller text (on a tie the earlier) keeps its text and lines; the item takes the
 * speaker of whichever copy names one; the other copy's lines are returned to be claimed for it.
 */
final class PullQuotes {

    /** Share of the shorter quote's distinct words found in the longer one that makes them copies. */
    static final double CONTAINMENT = 0.8;
    /** Shorter quotes are too small to judge by shared words. */
    private static final int MIN_WORDS = 8;

    /** The items after merging and the lines of the copies merged away. */
    record Merged(List<RawItem> items, List<Integer> claimed) {
    }

    private PullQuotes() {
    }

    static Merged merge(List<RawItem> input) {
        List<RawItem> items = new ArrayList<>(input);
        List<Integer> claimed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                if (copies(items.get(i), items.get(j))) {
                    RawItem a = items.get(i);
                    RawItem b = items.remove(j--);
                    boolean keepA = words(a.text()).size() >= words(b.text()).size();
                    items.set(i, combine(keepA ? a : b, keepA ? b : a));
                    claimed.addAll(keepA ? b.lines() : a.lines());
                }
            }
        }
        return new Merged(List.copyOf(items), List.copyOf(claimed));
    }

    private static RawItem combine(RawItem kept, RawItem copy) {
        Speaker speaker = kept.speaker() != null ? kept.speaker() : copy.speaker();
        return new RawItem(kept.section(), kept.kind(), kept.text(), speaker, kept.lines(), kept.page(), kept.kindBy());
    }

    static boolean copies(RawItem a, RawItem b) {
        if (a.kind() != ItemKind.QUOTE || b.kind() != ItemKind.QUOTE) {
            return false;
        }
        return repeats(a.text(), b.text());
    }

    /** Whether nearly all words of the shorter text occur in the longer: one repeats the other. */
    static boolean repeats(String a, String b) {
        Set<String> wa = words(a);
        Set<String> wb = words(b);
        Set<String> shorter = wa.size() <= wb.size() ? wa : wb;
        Set<String> longer = shorter == wa ? wb : wa;
        if (shorter.size() < MIN_WORDS) {
            return false;
        }
        long shared = shorter.stream().filter(longer::contains).count();
        return shared >= CONTAINMENT * shorter.size();
    }

    /** The distinct lowercased words (letters and digits; a hyphen separates) of {@code text}. */
    static Set<String> words(String text) {
        return Tokenizer.WORDS.distinct(text);
    }
}
