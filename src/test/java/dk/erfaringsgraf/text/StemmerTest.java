package dk.erfaringsgraf.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StemmerTest {

    @Test
    void inflectionsMeetAtOneStem() {
        assertEquals(List.of("mød", "mød", "mød"),
                List.of("møderne", "møder", "mødet").stream().map(Stemmer::stem).toList());
        assertEquals("samarbejd", Stemmer.stem("samarbejdet"));
        assertEquals("kropssprog", Stemmer.stem("kropssprog"));
    }

    @Test
    void theNeuterTStays() {
        assertEquals(List.of("virtuel", "virtuel", "virtuelt"),
                List.of("virtuelle", "virtuel", "virtuelt").stream().map(Stemmer::stem).toList());
    }
}
