package dk.erfaringsgraf.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores how positive (opportunity-like) or negative (challenge-like) a Danish sentence is, from a small
 * lexicon of word stems. Three rules make it more than a word count: the category words themselves
 * ("mulighed", "udfordr…") weigh double; a negator ("ikke") counts against the text and cancels
 * positive words right around it, except in "ikke skal/behøver" (no need to: relief, not a problem);
 * and positive words after "frem for" are what is being neglected, so they count against it.
 */
final class StanceScorer {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.?!:;]");

    private static final List<String> POSITIVE_STEMS = List.of("tilfreds", "trives", "trivsel", "blomstr",
            "fleksib", "styrk", "effektiv", "fællesskab", "sammenhængskraft", "indsigt", "forståelse", "positiv",
            "værdifuld", "værdsat", "tillid", "frihed", "lykke", "overskud", "tydelig", "engager", "bevist", "magtet",
            "fremmende", "reduktion", "velfungerende", "tættere", "kortere", "bekræftet", "fastholde", "stolt",
            "energi", "sparring", "succes", "glæde", "motiver", "fantastisk", "imponerende", "skab", "turde");
    private static final Set<String> POSITIVE_WORDS = Set.of("god", "godt", "gode", "bedre", "bedst", "ros", "glad",
            "gavn", "hjælp", "hjælpe", "løsning", "løsninger", "fordel", "fordele", "færre", "lavere", "øger", "ro",
            "fungerer", "fungerede", "vilje", "hævet", "lykkedes", "løst", "accept");
    private static final List<String> NEGATIVE_STEMS = List.of("mangl", "svær", "bekymr", "usikker", "utryg",
            "frustr", "krydspres", "forstyrr", "ensom", "uønsket", "savn", "dårlig", "hård", "problem", "risiko",
            "overvældende", "demotiver", "unødig", "misforståelse", "ulempe", "bureaukrati", "topstyring", "afstand",
            "vakuum", "udsat", "overfuset", "søvnløs", "belaste", "forsvind", "spareforslag", "presset", "kræve",
            "aflyst", "glemt", "overset", "fejl", "stress", "konflikt");
    private static final Set<String> NEGATIVE_WORDS = Set.of("pres", "tab", "tabes", "taber", "silo", "desværre");
    private static final Set<String> NEGATORS = Set.of("ikke", "ingen", "aldrig");
    private static final Set<String> RELIEF = Set.of("skal", "behøver");

    /** The stance of {@code text}: above 0 leans positive, below 0 negative. */
    int score(String text) {
        int score = 0;
        for (String sentence : SENTENCE_END.split(text.toLowerCase(Locale.ROOT))) {
            score += sentenceScore(words(sentence));
        }
        return score;
    }

    private static int sentenceScore(List<String> words) {
        Set<Integer> negated = new HashSet<>();
        int score = 0;
        int neglectedFrom = words.size();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (NEGATORS.contains(w) && !(i + 1 < words.size() && RELIEF.contains(words.get(i + 1)))) {
                score--;
                for (int j = i - 1; j <= i + 3; j++) {
                    negated.add(j);
                }
            }
            if (w.equals("fremfor") || (w.equals("frem") && i + 1 < words.size() && words.get(i + 1).equals("for"))) {
                neglectedFrom = Math.min(neglectedFrom, i + 1);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            int p = polarity(words.get(i));
            if (p > 0 && negated.contains(i)) {
                p = 0;
            } else if (p > 0 && i > neglectedFrom) {
                p = -p;
            }
            score += p;
        }
        return score;
    }

    static int polarity(String word) {
        if (word.startsWith("mulighed")) {
            return 2;
        }
        if (word.startsWith("udfordr")) {
            return -2;
        }
        if (NEGATIVE_WORDS.contains(word) || NEGATIVE_STEMS.stream().anyMatch(word::startsWith)) {
            return -1;
        }
        if (POSITIVE_WORDS.contains(word) || POSITIVE_STEMS.stream().anyMatch(word::startsWith)) {
            return 1;
        }
        return 0;
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
