package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.InputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValenceLexiconTest {

    private final StanceScorer scorer = new StanceScorer();

    @Test
    void theBundledLexiconLoadsWithWordsStemsAndEndings() {
        ValenceLexicon lexicon = ValenceLexicon.standard();
        assertTrue(lexicon.size() > 150, "entries: " + lexicon.size());
        assertEquals(1, lexicon.lookup("godt").valence());
        assertEquals(1, lexicon.lookup("styrkelse").valence()); // styrk*
        assertEquals(-2, lexicon.lookup("udfordringer").valence()); // udfordr*, double
        assertEquals(2, lexicon.lookup("muligheden").valence());
        assertEquals(-1, lexicon.lookup("arbejdspres").valence()); // *pres, a compound
        assertEquals(ValenceLexicon.Modifier.NOT, lexicon.lookup("ikke").modifier());
        assertEquals(ValenceLexicon.Modifier.LESS, lexicon.lookup("mindre").modifier());
        assertEquals(ValenceLexicon.Entry.NEUTRAL, lexicon.lookup("kommune"));
    }

    @Test
    void seamWordsOfOneReportAreNotInIt() {
        ValenceLexicon lexicon = ValenceLexicon.standard();
        for (String word : List.of("overfuset", "søvnløse", "spareforslag", "vakuum", "afstand", "topstyring")) {
            assertEquals(ValenceLexicon.Entry.NEUTRAL, lexicon.lookup(word), word);
        }
    }

    @Test
    void negationAndDiminishersTurnTheStance() {
        assertEquals(1, scorer.score("Det gik godt."));
        assertEquals(-1, scorer.score("Det gik ikke godt."));
        assertEquals(-1, scorer.score("Det gik mindre godt."));
        assertEquals(-1, scorer.score("Samarbejdet var mindre effektivt end før."));
        assertEquals(1, scorer.score("Der var mindre stress."));
        assertEquals(0, scorer.score("Mindre transport mellem møderne."));
        assertEquals(-3, scorer.score("Det var svært, og vi har mange udfordringer."));
        // "ikke skal" is relief: no need to
        assertEquals(0, scorer.score("Det betyder, at vi ikke skal bruge tid på transport."));
        // after "frem for" the good is what is neglected
        assertTrue(scorer.score("Vi taler om økonomi frem for god service.") < 0);
    }

    @Test
    void aBadRowNamesFileAndLine() {
        String text = "# header\ngodt\t+1\nskidt\t-2\n";
        InputException e = assertThrows(InputException.class, () -> ValenceLexicon.parse("mine.tsv", text));
        assertEquals("mine.tsv:3: value \"-2\" is not +1, -1, not, less or solves", e.getMessage());
        e = assertThrows(InputException.class, () -> ValenceLexicon.parse("mine.tsv", "god\n"));
        assertTrue(e.getMessage().startsWith("mine.tsv:1: expected ENTRY, VALUE"), e.getMessage());
        e = assertThrows(InputException.class, () -> ValenceLexicon.parse("mine.tsv", "\nglad\t+1\t0\n"));
        assertEquals("mine.tsv:2: weight \"0\" is not a positive whole number", e.getMessage());
        e = assertThrows(InputException.class, () -> ValenceLexicon.parse("mine.tsv", "go*d\t+1\n"));
        assertEquals("mine.tsv:1: entry \"go*d\" is not a word, stem* or *ending", e.getMessage());
    }

    @Test
    void anEditedLexiconChangesTheScore() {
        ValenceLexicon mine = ValenceLexicon.parse("mine.tsv", "ikke\tnot\nvakuum\t-1\t3\n");
        StanceScorer custom = new StanceScorer(mine);
        assertEquals(-3, custom.score("Et politisk vakuum."));
        assertEquals(0, custom.score("Det gik godt.")); // not in this lexicon
    }
}
