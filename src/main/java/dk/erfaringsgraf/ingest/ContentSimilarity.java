package dk.erfaringsgraf.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-document similarity: Jaccard similarity of the word 3-shingles of two texts, after line-end
 * hyphenation is resolved and case folded. Two extractions of one report (clean text and PDF text with
 * columns interleaved) share most shingles; different reports on the same subject share almost none.
 * O(n) in the length of the texts.
 */
public final class ContentSimilarity {

    /** Files at or above this similarity are renditions of one report. */
    public static final double SAME_REPORT = 0.4;
    private static final int SHINGLE = 3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private ContentSimilarity() {
    }

    public static Set<String> shingles(Document document) {
        String text = new TextJoiner(Dehyphenator.learn(document.lines())).join(document.lines());
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        List<String> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(m.group());
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            out.add(String.join(" ", words.subList(i, i + SHINGLE)));
        }
        return out;
    }

    public static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> smaller = a.size() <= b.size() ? a : b;
        Set<String> larger = smaller == a ? b : a;
        long common = smaller.stream().filter(larger::contains).count();
        return (double) common / (a.size() + b.size() - common);
    }
}
