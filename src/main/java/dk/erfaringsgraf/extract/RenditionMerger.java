package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.text.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges the renditions of one report into one item list. The primary rendition is the one read most
 * completely, and among equals the one with the fewest line-end hyphen breaks (the cleaner text); its
 * items are kept. An item of another rendition is dropped when it matches a not yet matched primary item
 * of the same kind (word Dice ≥ {@link #SAME_ITEM}), or of another kind with nearly the same words (Dice ≥
 * {@link #SAME_TEXT}: the same sentence judged differently by a weaker rendition, the primary's kind wins);
 * an unmatched one is kept with its own file, so nothing that only one rendition has is lost.
 */
final class RenditionMerger {

    static final double SAME_ITEM = 0.75;
    static final double SAME_TEXT = 0.9;

    /** Puts the primary rendition first. */
    static List<ParsedFile> byPreference(List<ParsedFile> files) {
        return files.stream().sorted(Comparator
                .comparingDouble((ParsedFile f) -> -Math.round(f.coverage().accountedShare() * 100))
                .thenComparingDouble(RenditionMerger::hyphenBreakRatio)
                .thenComparing(ParsedFile::file)).toList();
    }

    private static double hyphenBreakRatio(ParsedFile file) {
        long breaks = file.document().lines().stream()
                .filter(l -> l.strip().matches(".*\\p{L}-$")).count();
        return (double) breaks / Math.max(1, file.coverage().nonBlank());
    }

    /** Items of {@code ordered.get(0)} plus those of the others that it lacks; returns them and the drop count. */
    static List<SourcedItem> merge(List<ParsedFile> ordered, int[] dropped) {
        ParsedFile primary = ordered.get(0);
        List<SourcedItem> out = new ArrayList<>();
        primary.items().forEach(i -> out.add(new SourcedItem(primary.file(), i)));
        Set<RawItem> matched = new HashSet<>();
        for (ParsedFile other : ordered.subList(1, ordered.size())) {
            for (RawItem item : other.items()) {
                RawItem twin = bestMatch(item, primary.items(), matched, true, SAME_ITEM);
                if (twin == null) {
                    twin = bestMatch(item, primary.items(), matched, false, SAME_TEXT);
                }
                if (twin == null) {
                    out.add(new SourcedItem(other.file(), item));
                } else {
                    matched.add(twin);
                    dropped[0]++;
                }
            }
        }
        return out;
    }

    private static RawItem bestMatch(RawItem item, List<RawItem> candidates, Set<RawItem> taken, boolean sameKind,
                                     double threshold) {
        RawItem best = null;
        double bestScore = threshold;
        for (RawItem c : candidates) {
            if ((sameKind && c.kind() != item.kind()) || taken.contains(c)) {
                continue;
            }
            double s = Similarity.wordDice(c.text(), item.text());
            if (s >= bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }
}
