package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two lists printed side by side come out of a PDF's text layer one after the other under one flattened label
 * line ("Styrker Svagheder"); the outline reader splits them by stance. Sorø's PDF text is read the same way
 * ({@link SoroePdfTextTest}).
 */
class ColumnSeamTest {

    private static final String REPORT = """
            Evaluering af hjemmeplejen under nedlukningen

            Hjemmeplejen har i foråret arbejdet under helt nye vilkår, og vi har spurgt medarbejderne, hvad de har
            lært af perioden, og hvad de vil tage med videre i det daglige arbejde med borgerne.

            Styrker Svagheder
            • Samarbejdet med sygeplejen er blevet tættere og bedre.
            • Medarbejderne har været fleksible og gode til at hjælpe hinanden.
            • Værnemidlerne manglede i de første uger, og det skabte utryghed.
            • Borgerne har savnet besøg af familien, og flere har følt sig ensomme.

            Anbefalinger
            • Vi skal have et lager af værnemidler til mindst en måned.
            """;

    @Test
    void aFlattenedTwoColumnLabelIsSplitByStance() {
        ParsedFile parsed = Templates.standard().parse(Documents.of("hjemmepleje.txt", REPORT));
        assertEquals("outline", parsed.template());
        List<String> kinds = parsed.items().stream().filter(i -> i.kindBy() == KindBy.LABEL)
                .map(i -> i.kind().id() + ": " + i.text().substring(0, 20)).toList();
        assertEquals(List.of(
                "opportunity: Samarbejdet med syge",
                "opportunity: Medarbejderne har væ",
                "challenge: Værnemidlerne mangle",
                "challenge: Borgerne har savnet ",
                "recommendation: Vi skal have et lage"), kinds);
    }

}
