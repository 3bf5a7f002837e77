package dk.erfaringsgraf.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** The generated variants change the form of a text and never its words. */
class TextVariantsTest {

    @Test
    void wrappingBreaksAtSpacesWithinTheWidthAndIndentsItemContinuations() {
        String text = "- Vi skal holde fast i de nye samarbejder på tværs af centrene.\nTanker\tside 3\n";
        assertEquals("- Vi skal holde fast i de nye\n  samarbejder på tværs af\n  centrene.\nTanker\tside 3\n",
                TextVariants.wrap(text, 30));
    }

    @Test
    void quotesDashesSpacesAndLineEndsAreMappedOneForOne() {
        assertEquals("\"Ja\" - sagde 'hun'", TextVariants.straightQuotes("”Ja” – sagde ‘hun’"));
        assertEquals("Sorø\u00A0Kommune – 2020", TextVariants.noBreakSpaces("Sorø Kommune – 2020"));
        assertEquals("a\r\nb\r\n", TextVariants.crlf("a\nb\n"));
        assertArrayEquals("Sorø “ja”".getBytes(Charset.forName("windows-1252")), TextVariants.windows1252("Sorø “ja”"));
    }
}
