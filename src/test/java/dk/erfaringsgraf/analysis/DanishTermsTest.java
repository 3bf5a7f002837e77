package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DanishTermsTest {

    private final DanishTerms terms = new DanishTerms();

    @Test
    void inflectionsOfOneWordShareAStem() {
        assertEquals(List.of("mød", "mød", "mød"), terms.terms("møderne møder mødet"));
        assertEquals(List.of("samarbejd", "samarbejd", "samarbejd"), terms.terms("samarbejdet samarbejde samarbejder"));
        // Snowball's Danish stemmer leaves the neuter -t: "virtuelt" does not meet "virtuelle".
        assertEquals(List.of("virtuel", "virtuel", "virtuelt"), terms.terms("virtuelle virtuel virtuelt"));
    }

    @Test
    void snowballStopWordsAreRemoved() {
        // "og", "i", "det", "er", "at", "vi", "har", "ikke", "der", "en" are all on Snowball's Danish list.
        assertEquals(List.of("samarbejd"), terms.terms("Og i det er at vi har ikke der en samarbejde"));
    }

    @Test
    void reportSpecificStopWordsNumbersAndSingleLettersAreRemoved() {
        // "kan", "få", "så", "f.eks.", "kommunen" are extra stop words; "4" is a number, "x" a single letter.
        assertEquals(List.of("tim", "mød"), terms.terms("Kan vi få så f.eks. 4 timers-møder i kommunen x"));
    }

    @Test
    void soroeOnVirtualMeetingsKeepsItsContentWords() {
        String soroe332 = "Virtuelle møder er ikke optimale ved svære samtaler, "
                + "da vi taber fornemmelsen for hinanden, når vi ikke har øjenkontakt og kan tolke kropssprog.";
        assertEquals(List.of("virtuel", "mød", "optimal", "svær", "samtal", "tab", "fornem", "øjenkontak", "tolk",
                "kropssprog"), terms.terms(soroe332));
    }

    @Test
    void emptyTextHasNoTerms() {
        assertEquals(List.of(), terms.terms(""));
    }
}
