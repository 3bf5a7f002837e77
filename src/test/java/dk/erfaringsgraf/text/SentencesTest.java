package dk.erfaringsgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> texts(String text) {
        return Sentences.of(text).stream().map(Sentences.Sentence::text).toList();
    }

    @Test
    void splitsAtSentenceEndsButNotAtAbbreviationsOrOrdinals() {
        assertEquals(List.of("Det gik godt.", "Møderne blev kortere, bl.a. fordi dagsordenen var klar.",
                        "Notatet blev behandlet d. 17. august.", "Hvad nu?", "”Vi lærte meget,” siger hun."),
                texts("Det gik godt. Møderne blev kortere, bl.a. fordi dagsordenen var klar. Notatet blev behandlet "
                        + "d. 17. august. Hvad nu? ”Vi lærte meget,” siger hun."));
    }

    @Test
    void keepsTheOffsetsOfEachSentence() {
        String text = "Første sætning. Anden sætning uden punktum";
        List<Sentences.Sentence> s = Sentences.of(text);
        assertEquals(2, s.size());
        assertEquals("Anden sætning uden punktum", text.substring(s.get(1).start(), s.get(1).end()));
        assertEquals(List.of("Kun én sætning med fx. et eksempel."), texts("Kun én sætning med fx. et eksempel."));
    }
}
