package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how positive (opportunity-like) or negative (challenge-like) a Danish sentence is, from the words
 * of a {@link ValenceLexicon}. Three rules of Danish make it more than a word count: a negator ("ikke")
 * counts against the text and cancels positive words right around it, except in "ikke skal/behøver" (no
 * need to: relief, not a problem); a diminisher turns the word after it ("mindre godt" is negative, "mindre
 * stress" positive);
 * and positive words after "frem for" are what is being neglected, so they count against it.
 */
final class StanceScorer {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;]");
    /** After a negator these mean "no need to", which is relief, not a problem. */
    private static final Set<String> RELIEF = Set.of("skal", "behøver");
    /** A negator reaches one word back and three ahead: "ikke særlig godt", "godt nok ikke". */
    private static final int NEGATION_BEFORE = 1;
    private static final int NEGATION_AFTER = 3;

    private final ValenceLexicon lexicon;

    StanceScorer() {
        this(ValenceLexicon.standard());
    }

    StanceScorer(ValenceLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The stance of {@code text}: above 0 leans positive, below 0 negative. */
    int score(String text) {
        int score = 0;
        for (String sentence : SENTENCE_END.split(text.toLowerCase(Locale.ROOT))) {
            score += sentenceScore(words(sentence));
        }
        return score;
    }

    private int sentenceScore(List<String> words) {
        List<ValenceLexicon.Entry> entries = words.stream().map(lexicon::lookup).toList();
        Set<Integer> negated = new HashSet<>();
        int score = 0;
        for (int i = 0; i < words.size(); i++) {
            if (entries.get(i).modifier() == ValenceLexicon.Modifier.NOT
                    && !(i + 1 < words.size() && RELIEF.contains(words.get(i + 1)))) {
                score--;
                for (int j = i - NEGATION_BEFORE; j <= i + NEGATION_AFTER; j++) {
                    negated.add(j);
                }
            }
        }
        int neglectedFrom = neglectedFrom(words);
        for (int i = 0; i < words.size(); i++) {
            score += valence(entries, i, negated.contains(i), i > neglectedFrom);
        }
        return score;
    }

    /** A diminished word turns ("mindre godt", "mindre stress"); a negated positive one is cancelled. */
    private static int valence(List<ValenceLexicon.Entry> entries, int i, boolean negated, boolean neglected) {
        int v = entries.get(i).valence();
        if (i > 0 && entries.get(i - 1).modifier() == ValenceLexicon.Modifier.LESS) {
            return -v;
        }
        if (v <= 0) {
            return v;
        }
        return negated ? 0 : neglected ? -v : v;
    }

    /** Index of "frem for" / "fremfor", after which positive words are what is neglected; size() if none. */
    private static int neglectedFrom(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("fremfor") || (w.equals("frem") && i + 1 < words.size() && words.get(i + 1).equals("for"))) {
                return i + 1;
            }
        }
        return words.size();
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
