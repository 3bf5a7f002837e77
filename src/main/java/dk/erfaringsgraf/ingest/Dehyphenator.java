package dk.erfaringsgraf.ingest;

import dk.erfaringsgraf.text.Tokenizer;
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
 * default is to join, as in typeset text most line-end hyphens are breaks. A text that writes suspended
 * compounds mid-line ("leder- medarbejder") keeps the space when both halves are its words and the joined
 * form is not: a re-wrapped export may have broken the line at that space.
 */
public final class Dehyphenator {

    /** Keeps every hyphen: for texts that were never typeset with line-end hyphenation. */
    public static final Dehyphenator KEEP_ALL = new Dehyphenator(Set.of(), true, false);

    /** Words as written, hyphenated compounds whole: the vocabulary must hold "Teams-møder" as the text has it. */
    private static final Tokenizer COMPOUNDS = Tokenizer.WORDS.with(Tokenizer.Hyphens.KEEP).keepingCase();
    private static final Set<String> CONJUNCTIONS = Set.of("og", "eller", "samt", "til", "som");
    /** Particles that form hyphenated nominal compounds in Danish ("tjek-ind", "log-ud"). */
    private static final Set<String> PARTICLES = Set.of("ind", "ud", "op", "af", "ned", "hjem", "over");
    /** A second part this long after a capitalised first part reads as a noun ("Corona-" ⏎ "gruppen"). */
    private static final int MIN_NOUN_LETTERS = 4;
    /** "leder- medarbejder": a suspended compound mid-line, its partner not joined by a conjunction. */
    private static final Pattern SUSPENDED = Pattern.compile("\\p{L}-[ \\t]+(\\p{L}+)");

    private final Set<String> vocabulary;
    /** Last parts of the hyphenated compounds the text writes without a line break ("Teams-møder"). */
    private final Set<String> hyphenTails = new HashSet<>();
    /** First parts of the hyphenated compounds the text writes without a line break ("Corona-krisen"). */
    private final Set<String> hyphenHeads = new HashSet<>();
    private final boolean keepAll;
    /** The text writes suspended compounds without a conjunction ("leder- medarbejder") mid-line. */
    private final boolean suspends;

    private Dehyphenator(Set<String> vocabulary, boolean keepAll, boolean suspends) {
        this.vocabulary = Set.copyOf(vocabulary);
        this.keepAll = keepAll;
        this.suspends = suspends;
        for (String word : this.vocabulary) {
            if (word.indexOf('-') > 0) {
                hyphenTails.add(word.substring(word.lastIndexOf('-') + 1));
                hyphenHeads.add(word.substring(0, word.indexOf('-')));
            }
        }
    }

    /** Learns the vocabulary of {@code lines}, leaving out the fragments around line-end hyphens. */
    public static Dehyphenator learn(List<String> lines) {
        Set<String> words = new HashSet<>();
        boolean suspends = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            suspends |= writesSuspended(line);
            boolean brokenEnd = TextJoiner.endsWithBreakHyphen(line);
            boolean brokenStart = i > 0 && TextJoiner.endsWithBreakHyphen(previousNonBlank(lines, i));
            List<String> tokens = COMPOUNDS.tokens(line);
            for (int t = 0; t < tokens.size(); t++) {
                boolean fragment = (brokenEnd && t == tokens.size() - 1) || (brokenStart && t == 0);
                if (!fragment) {
                    addWithParts(words, tokens.get(t));
                }
            }
        }
        return new Dehyphenator(words, false, suspends);
    }

    private static boolean writesSuspended(String line) {
        Matcher m = SUSPENDED.matcher(line);
        while (m.find()) {
            if (!CONJUNCTIONS.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
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
        if (vocabulary.contains(l + "-" + r)) {
            return left + "-" + right;
        }
        // Before the conjunction rule: "lige-" + "som" is "ligesom" when the text writes it so elsewhere.
        if (vocabulary.contains(l + r)) {
            return left + right;
        }
        if (CONJUNCTIONS.contains(r)) {
            return left + "- " + right;
        }
        if (keepsHyphenByForm(left, rWord) || keepsHyphenByName(left, r) || keepsHyphenByWords(l, r)) {
            return left + "-" + right;
        }
        if (suspends && vocabulary.contains(l) && vocabulary.contains(r)) {
            return left + "- " + right;
        }
        return left + right;
    }

    private static String leadingWord(String text) {
        return COMPOUNDS.leading(text).orElse(text);
    }

    /**
     * "låne-PC", "Covid-19", "GDPR-reglerne": a capital or digit at the seam marks a real hyphen, and so does
     * a lone letter before it ("E-boks"), as no typesetter breaks a word after its first letter. (A capitalised
     * sentence start broken mid-word is joined earlier, when the text uses the whole word elsewhere.)
     */
    private static boolean keepsHyphenByForm(String left, String right) {
        if (right.isEmpty() || left.isEmpty()) {
            return false;
        }
        char first = right.charAt(0);
        char last = left.charAt(left.length() - 1);
        boolean acronymLeft = left.length() >= 2 && left.equals(left.toUpperCase(Locale.ROOT))
                && Character.isLetter(last);
        boolean loneLetter = left.length() == 1 && Character.isLetter(last);
        return Character.isUpperCase(first) || Character.isDigit(first) || Character.isDigit(last) || acronymLeft
                || loneLetter || right.indexOf('-') > 0;
    }

    /**
     * "Corona-gruppens", "Cello-lærer": a capitalised first part is a name prefixed to a common noun, which
     * keeps its hyphen in Danish, when the second part reads as a noun: the text writes it as a word of its
     * own, or it has at least {@link #MIN_NOUN_LETTERS} letters; or when the text hyphenates other compounds
     * with that name ("Corona-krisen" for "Corona-" ⏎ "tid"). A short syllable the text never writes alone
     * ("Fin-" ⏎ "dus") is the rest of a name broken at the line end and joins, whether or not another
     * passage happens to write the name whole: an excerpt reads it as the whole report does.
     */
    private boolean keepsHyphenByName(String left, String right) {
        if (left.length() < 3 || !Character.isUpperCase(left.charAt(0))) {
            return false;
        }
        return right.length() >= MIN_NOUN_LETTERS || vocabulary.contains(right)
                || hyphenHeads.contains(left.toLowerCase(Locale.ROOT));
    }

    /**
     * "tjek-ind": a particle; "gruppe-møder" next to "Teams-møder": the text hyphenates other compounds
     * with the same tail; "hvad-nu-hvis-situationer": a chain of hyphenated words whose last link is a
     * whole word. That both halves are words is no evidence on its own, and neither is a shared head
     * ("stress-niveau" but "stressramte"): Danish writes compounds closed ("krisesituation", "hjemsendt").
     */
    private boolean keepsHyphenByWords(String left, String right) {
        if (PARTICLES.contains(right) && left.length() >= 3) {
            return true;
        }
        int dash = left.lastIndexOf('-');
        if (dash > 0 && left.length() - dash > 3 && vocabulary.contains(left.substring(dash + 1))) {
            return true;
        }
        return left.length() >= 3 && right.length() >= 3
                && hyphenTails.contains(right);
    }
}
