package dk.erfaringsgraf.analysis;

import dk.erfaringsgraf.text.Tokenizer;
import java.util.Set;

/**
 * Tells a short item that makes a point ("Klare og tydelige retningslinjer for hjemmearbejde.", "De svære
 * samtaler kan ikke gennemføres online") from a bare heading that only names a topic ("Tværgående
 * samarbejde", "Kontinuerlig og klar kommunikation"): a heading neither ends as a sentence nor holds a verb.
 * Danish has no cheap part-of-speech tagger here, so a verb is a word of the closed class of auxiliaries and
 * modals or a past tense in -ede; that misses some verbs, and only for short unpunctuated items, where
 * missing one keeps a statement out of echoes rather than letting a heading in. Linear in the text.
 */
final class BareHeadings {

    private static final Tokenizer WORDS = Tokenizer.WORDS.with(Tokenizer.Words.LETTERS);
    /** Finite forms of the Danish auxiliaries and modals. */
    private static final Set<String> FINITE = Set.of("er", "var", "har", "havde", "bliver", "blev", "kan", "kunne",
            "skal", "skulle", "vil", "ville", "må", "måtte", "bør", "burde", "får", "fik", "gør", "gjorde");
    private static final String PAST = "ede";

    private BareHeadings() {
    }

    /** Whether {@code text} reads as a heading: no sentence end (. ! ?) and no recognisable verb. */
    static boolean isHeading(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '!' || last == '?') {
            return false;
        }
        return WORDS.tokens(t).stream().noneMatch(w -> FINITE.contains(w) || w.endsWith(PAST) && w.length() > 5);
    }
}
