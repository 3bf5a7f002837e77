package dk.erfaringsgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SimilarityTest {

    @Test
    void jaccardAndDiceOfSets() {
        Set<String> a = Set.of("virtuel", "mød", "svær");
        Set<String> b = Set.of("virtuel", "mød", "kropssprog", "tolk");
        assertEquals(2.0 / 5, Similarity.jaccard(a, b), 1e-12);
        assertEquals(4.0 / 7, Similarity.dice(a, b), 1e-12);
        assertEquals(0.0, Similarity.jaccard(a, Set.of()), 1e-12);
        assertEquals(0.0, Similarity.dice(a, Set.of()), 1e-12);
    }

    @Test
    void twoEmptySetsAreEqualForDiceButShareNothingForJaccard() {
        assertEquals(1.0, Similarity.dice(Set.of(), Set.of()), 1e-12);
        assertEquals(0.0, Similarity.jaccard(Set.of(), Set.of()), 1e-12);
    }

    @Test
    void wordDiceIgnoresCaseOrderAndPunctuation() {
        assertEquals(1.0, Similarity.wordDice("Det er godt.", "godt er DET"), 1e-12);
        assertEquals(4.0 / 7, Similarity.wordDice("Arbejds miljø og trivsel", "Arbejdsmiljø og trivsel"), 1e-12);
    }

    @Test
    void shinglesAreRunsOfConsecutiveWords() {
        List<String> words = Tokenizer.WORDS.tokens("Vi skal hjælpe hinanden, og vi skal hjælpe");
        assertEquals(Set.of("vi skal hjælpe", "skal hjælpe hinanden", "hjælpe hinanden og", "hinanden og vi",
                "og vi skal"), Similarity.shingles(words, 3));
        assertEquals(Set.of(), Similarity.shingles(List.of("to", "ord"), 3));
    }
}
