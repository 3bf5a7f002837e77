package dk.erfaringsgraf.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a hyphen at a line end was: a break inside one word ("sam-" + "arbejde" → "samarbejde"), a
 * real hyphen of a compound ("Corona-" + "gruppen" → "Corona-gruppen"), or a suspended compound
 * ("byråds-" + "og" → "byråds- og"). The evidence is the document's own vocabulary: forms written
 * elsewhere in the same text without a line break win; otherwise case and word rules decide, and the
 * default is to join, as in typeset text most line-end hyphens are breaks.
 */
public final class Dehyphenator {

    /** Keeps every hyphen: for texts that were never typeset with line-end hyphenation. */
    public static final Dehyphenator KEEP_ALL = new Dehyphenator(Set.of(), true);

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "som");
    /** Particles that form hyphenated nominal compounds in Danish ("tjek-ind", "log-ud"). */
    private static final Set<String> PARTICLES = Set.of("ind", "ud", "op", "af", "ned", "hjem", "over");

    private final Set<String> vocabulary;
    private final boolean keepAll;

    private Dehyphenator(Set<String> vocabulary, boolean keepAll) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.keepAll = keepAll;
    }

    /** Learns the vocabulary of {@code lines}, leaving out the fragments around line-end hyphens. */
    public static Dehyphenator learn(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            boolean brokenEnd = TextJoiner.endsWithBreakHyphen(line);
            boolean brokenStart = i > 0 && TextJoiner.endsWithBreakHyphen(previousNonBlank(lines, i));
            List<String> tokens = tokens(line);
            for (int t = 0; t < tokens.size(); t++) {
                boolean fragment = (brokenEnd && t == tokens.size() - 1) || (brokenStart && t == 0);
                if (!fragment) {
                    addWithParts(words, tokens.get(t));
                }
            }
        }
        return new Dehyphenator(words, false);
    }

    private static String previousNonBlank(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!TextJoiner.isBlank(lines.get(j))) {
                return lines.get(j).strip();
            }
        }
        return "";
    }

    private static void addWithParts(Set<String> words, String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        words.add(lower);
        if (lower.indexOf('-') > 0) {
            for (String part : lower.split("-")) {
                words.add(part);
            }
        }
    }

    private static List<String> tokens(String line) {
        Matcher m = WORD.matcher(line);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /**
     * Resolves "{@code left}-" at a line end followed by {@code right} at the start of the next line.
     *
     * @return the text that replaces {@code left + "-"} and {@code right}
     */
    public String resolve(String left, String right) {
        if (keepAll) {
            return left + "-" + right;
        }
        String l = left.toLowerCase(Locale.ROOT);
        String rWord = leadingWord(right);
        String r = rWord.toLowerCase(Locale.ROOT);
        if (CONJUNCTIONS.contains(r)) {
            return left + "- " + right;
        }
        if (vocabulary.contains(l + "-" + r)) {
            return left + "-" + right;
        }
        if (vocabulary.contains(l + r)) {
            return left + right;
        }
        if (keepsHyphenByForm(left, rWord) || keepsHyphenByWords(l, r)) {
            return left + "-" + right;
        }
        return left + right;
    }

    private static String leadingWord(String text) {
        Matcher m = WORD.matcher(text);
        return m.lookingAt() ? m.group() : text;
    }

    /** "låne-PC", "Covid-19", "GDPR-reglerne": a capital or digit at the seam marks a real hyphen. */
    private static boolean keepsHyphenByForm(String left, String right) {
        if (right.isEmpty() || left.isEmpty()) {
            return false;
        }
        char first = right.charAt(0);
        char last = left.charAt(left.length() - 1);
        boolean acronymLeft = left.length() >= 2 && left.equals(left.toUpperCase(Locale.ROOT))
                && Character.isLetter(last);
        return Character.isUpperCase(first) || Character.isDigit(first) || Character.isDigit(last) || acronymLeft;
    }

    /**
     * "skole-hjem", "tjek-ind", "skole-hjem-samarbejde": two whole words (or a word and a particle, or a word
     * and a hyphenated compound) that the text uses on their own. "Coro-" + "na-krisen" is a break.
     */
    private boolean keepsHyphenByWords(String left, String right) {
        if (right.indexOf('-') > 0) {
            return vocabulary.contains(left);
        }
        if (PARTICLES.contains(right) && left.length() >= 3) {
            return true;
        }
        return left.length() >= 3 && right.length() >= 3 && vocabulary.contains(left) && vocabulary.contains(right);
    }
}
