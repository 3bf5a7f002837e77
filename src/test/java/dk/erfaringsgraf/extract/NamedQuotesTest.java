package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A survey report's quotes signed "Name, Organisation", below the quote or closing it, in any form. */
class NamedQuotesTest {

    private static final String REPORT = """
            # Erfaringer fra direktørkredsen

            Direktørerne peger på, at de digitale møder har sparet tid.

            Vi har holdt flere møder end nogensinde, men de har været kortere og skarpere.

            Mette Holm, Vejen Kommune

            Det vigtigste er, at vi har lært at stole på hinanden. Jens Peter Lund, Region Sjælland

            Kontakten til borgerne er blevet tættere, fordi vi ringer i stedet for at skrive.

            Anne Due, KL
            """;

    @Test
    void aSignatureBelowOrAtTheEndOfAParagraphMakesItThatPersonsQuote() {
        List<RawItem> items = Templates.standard().parse(Documents.of("direktoerer.md", REPORT)).items();
        assertEquals(List.of(ItemKind.OBSERVATION, ItemKind.QUOTE, ItemKind.QUOTE, ItemKind.QUOTE),
                items.stream().map(RawItem::kind).toList());
        assertEquals(Speaker.person("Mette Holm", "Vejen Kommune"), items.get(1).speaker());
        assertEquals(List.of(5, 7), items.get(1).lines());
        assertEquals("Det vigtigste er, at vi har lært at stole på hinanden.", items.get(2).text());
        assertEquals(Speaker.person("Jens Peter Lund", "Region Sjælland"), items.get(2).speaker());
        assertEquals(Speaker.person("Anne Due", "KL"), items.get(3).speaker());
    }
}
