package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how positive (opportunity-like) or negative (challenge-like) a Danish sentence is, from the words
 * of a {@link ValenceLexicon}. Four rules of Danish make it more than a word count: a negator ("ikke",
 * "ingen") turns a positive word right around it ("ikke godt" is negative) and cancels a negative one ("ingen
 * problemer", "ikke svært" is no problem), and counts nothing by itself ("ikke vikarer"), nor after it "ikke
 * skal/behøver" (no need to: relief); a diminisher turns the word after it ("mindre godt" is negative, "færre
 * konflikter" positive); a problem that is solved or handled ("løse udfordringer", "håndterede problemerne")
 * is no problem; and positive words after "frem for" are what is being neglected, so they count against it.
 */
final class StanceScorer {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;]");
    /** After a negator these mean "no need to", which is relief, not a problem. */
    private static final Set<String> RELIEF = Set.of("skal", "behøver");
    /** A negator reaches one word back and three ahead: "ikke særlig godt", "godt nok ikke". */
    private static final int NEGATION_BEFORE = 1;
    private static final int NEGATION_AFTER = 3;
    /** A solving verb reaches five words ahead: "løse flere af krisens udfordringer". */
    private static final int SOLVES_AFTER = 5;

    private final ValenceLexicon lexicon;
    private final boolean judging;

    /** The scorer that judges one text on its own. */
    StanceScorer() {
        this(ValenceLexicon.standard(), true);
    }

    StanceScorer(ValenceLexicon lexicon) {
        this(lexicon, true);
    }

    /**
     * @param judging true to judge a text on its own, with the negation and solving rules above; false where
     *                texts are only compared with each other, as when two flattened columns are split
     *                ({@link ColumnSplitter}): there every negator counts -1 by itself (a "kan ikke" tells the
     *                column of problems from the column of gains even with no evaluative word), cancels the
     *                positive words around it, and leaves negative words and solving verbs as they are
     */
    StanceScorer(ValenceLexicon lexicon, boolean judging) {
        this.lexicon = lexicon;
        this.judging = judging;
    }

    /** The scorer for comparing texts with each other, see {@link #StanceScorer(ValenceLexicon, boolean)}. */
    static StanceScorer comparing() {
        return new StanceScorer(ValenceLexicon.standard(), false);
    }

    /** The stance of {@code text}: above 0 leans positive, below 0 negative. */
    int score(String text) {
        return score(text, word -> false);
    }

    /**
     * The stance of {@code text} with the (lower-cased) words {@code ignored} accepts read as neutral: what
     * a text says about a topic without the topic's own words ("sårbare" names a group, not an outcome).
     */
    int score(String text, Predicate<String> ignored) {
        int score = 0;
        for (String sentence : SENTENCE_END.split(text.toLowerCase(Locale.ROOT))) {
            score += sentenceScore(words(sentence), ignored);
        }
        return score;
    }

    private int sentenceScore(List<String> words, Predicate<String> ignored) {
        List<ValenceLexicon.Entry> entries = words.stream()
                .map(w -> ignored.test(w) ? ValenceLexicon.Entry.NEUTRAL : lexicon.lookup(w)).toList();
        Set<Integer> negated = new HashSet<>();
        Set<Integer> solved = new HashSet<>();
        int score = 0;
        for (int i = 0; i < words.size(); i++) {
            ValenceLexicon.Modifier m = entries.get(i).modifier();
            if (m == ValenceLexicon.Modifier.NOT && !(i + 1 < words.size() && RELIEF.contains(words.get(i + 1)))) {
                score += judging ? 0 : -1;
                for (int j = i - NEGATION_BEFORE; j <= i + NEGATION_AFTER; j++) {
                    negated.add(j);
                }
            } else if (m == ValenceLexicon.Modifier.SOLVES) {
                for (int j = i + 1; j <= i + SOLVES_AFTER; j++) {
                    solved.add(j);
                }
            }
        }
        int neglectedFrom = neglectedFrom(words);
        for (int i = 0; i < words.size(); i++) {
            score += judging ? valence(entries, i, negated.contains(i), solved.contains(i), i > neglectedFrom)
                    : comparedValence(entries, i, negated.contains(i), i > neglectedFrom);
        }
        return score;
    }

    /**
     * A diminished word turns ("mindre godt", "mindre stress"); a negated positive word turns, a negated or
     * solved negative one counts nothing.
     */
    private static int valence(List<ValenceLexicon.Entry> entries, int i, boolean negated, boolean solved,
                               boolean neglected) {
        int v = entries.get(i).valence();
        if (i > 0 && entries.get(i - 1).modifier() == ValenceLexicon.Modifier.LESS) {
            return -v;
        }
        if (v < 0) {
            return negated || solved ? 0 : v;
        }
        return negated || neglected ? -v : v;
    }

    /** For comparing texts: a negated positive word is cancelled (its negator already counted). */
    private static int comparedValence(List<ValenceLexicon.Entry> entries, int i, boolean negated,
                                       boolean neglected) {
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
