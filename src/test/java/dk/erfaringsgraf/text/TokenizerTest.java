package dk.erfaringsgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    /** Sorø 332, with a hyphenated compound, an abbreviation, a number and a mixed-case acronym added. */
    private static final String TEXT = "Virtuelle møder er ikke optimale, f.eks. ved 2 svære samtaler på låne-PC "
            + "om Covid19: vi taber fornemmelsen for hinanden.";

    @Test
    void wordsAreLowercasedRunsOfLettersAndDigitsAndAHyphenSeparates() {
        assertEquals(List.of("virtuelle", "møder", "er", "ikke", "optimale", "f", "eks", "ved", "2", "svære",
                "samtaler", "på", "låne", "pc", "om", "covid19", "vi", "taber", "fornemmelsen", "for", "hinanden"),
                Tokenizer.WORDS.tokens(TEXT));
    }

    @Test
    void danishLettersAndOtherScriptsAreLetters() {
        assertEquals(List.of("æblegrød", "øjenkontakt", "åbne", "ærø", "ålborg", "çava", "Ψ".toLowerCase()),
                Tokenizer.WORDS.tokens("Æblegrød, ØJENKONTAKT; åbne Ærø/Ålborg — çava Ψ"));
    }

    @Test
    void distinctKeepsOrderOfFirstUse() {
        assertEquals(List.of("låne", "pc", "co2"), List.copyOf(Tokenizer.WORDS.distinct("låne-PC, CO2 låne")));
        assertEquals(Set.of(), Tokenizer.WORDS.distinct(" – … "));
    }

    @Test
    void keptHyphensBindCompoundsAndKeptCaseKeepsCapitals() {
        Tokenizer compounds = Tokenizer.WORDS.with(Tokenizer.Hyphens.KEEP).keepingCase();
        assertEquals(List.of("Corona-gruppen", "og", "hvad-nu-hvis-situationer", "byråds", "og", "GDPR-reglerne"),
                compounds.tokens("Corona-gruppen og hvad-nu-hvis-situationer, byråds- og GDPR-reglerne"));
        assertEquals(List.of("corona-gruppen"), Tokenizer.WORDS.with(Tokenizer.Hyphens.KEEP).tokens("Corona-gruppen"));
    }

    @Test
    void lettersOnlyWithAMinimumLengthGivesContentWords() {
        Tokenizer content = Tokenizer.WORDS.with(Tokenizer.Words.LETTERS).minLength(4);
        assertEquals(List.of("virtuelle", "møder", "ikke", "optimale", "svære", "samtaler", "låne", "covid", "taber",
                "fornemmelsen", "hinanden"), content.tokens(TEXT));
    }

    @Test
    void unicodeWordBoundariesKeepAbbreviationsAndNumbersWhole() {
        Tokenizer unicode = Tokenizer.WORDS.with(Tokenizer.Words.UNICODE);
        assertEquals(List.of("f.eks", "bl.a", "3.000", "børn", "og", "2,5", "timers", "møder", "sorø's"),
                unicode.tokens("F.eks. bl.a. 3.000 børn og 2,5 timers-møder (Sorø's)"));
        assertThrows(IllegalArgumentException.class, () -> unicode.with(Tokenizer.Hyphens.KEEP));
    }

    @Test
    void leadingIsTheWordATextStartsWith() {
        Tokenizer compounds = Tokenizer.WORDS.with(Tokenizer.Hyphens.KEEP).keepingCase();
        assertEquals(Optional.of("PC"), compounds.leading("PC. Virtuelle"));
        assertEquals(Optional.of("hjem-samarbejde"), compounds.leading("hjem-samarbejde."));
        assertEquals(Optional.empty(), compounds.leading("„Vi"));
        assertEquals(Optional.of("f.eks"), Tokenizer.WORDS.with(Tokenizer.Words.UNICODE).leading("F.eks. her"));
        assertEquals(Optional.empty(), Tokenizer.WORDS.with(Tokenizer.Words.UNICODE).leading(" her"));
    }

    @Test
    void minimumLengthMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> Tokenizer.WORDS.minLength(0));
    }
}
