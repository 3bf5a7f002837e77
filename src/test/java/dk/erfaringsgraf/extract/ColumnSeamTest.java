package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Documents;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Two lists printed side by side come out of a PDF's text layer one after the other under one flattened label
 * line ("Styrker Svagheder"); the outline reader splits them by stance. Tested on a report of my own and on
 * Sorø's PDF text dump, which the interleaved-columns template was written for.
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
        // the outline reader alone (the interleaved-columns template would also take this file)
        ParsedFile parsed = new Templates(List.of()).parse(Documents.of("hjemmepleje.txt", REPORT));
        List<String> kinds = parsed.items().stream().filter(i -> i.kindBy() == KindBy.LABEL)
                .map(i -> i.kind().id() + ": " + i.text().substring(0, 20)).toList();
        assertEquals(List.of(
                "opportunity: Samarbejdet med syge",
                "opportunity: Medarbejderne har væ",
                "challenge: Værnemidlerne mangle",
                "challenge: Borgerne har savnet ",
                "recommendation: Vi skal have et lage"), kinds);
    }

    /**
     * Sorø's PDF text read by the outline reader alone gives 380 of the 386 items the layout template gives
     * (text, kind, chapter); what differs is the cover, whose quotes the PDF set side by side in mid-line, and
     * one paragraph cut differently. The template stays chosen for this layout until those are read too.
     */
    @Test
    void soroesPdfTextReadByTheOutlineAlone() {
        var document = CorpusFiles.document(CorpusFiles.SOROE_PDF);
        Set<String> template = keys(new Templates(List.of(new InterleavedColumnsTemplate())).parse(document));
        Set<String> outline = keys(new Templates(List.of()).parse(document));
        Set<String> same = new HashSet<>(template);
        same.retainAll(outline);
        System.out.printf("Sorø PDF text: outline reader gives %d of the template's %d items%n", same.size(),
                template.size());
        assertTrue(same.size() >= 380, same.size() + " of " + template.size());
    }

    private static Set<String> keys(ParsedFile parsed) {
        Set<String> keys = new HashSet<>();
        parsed.items().forEach(i -> keys.add(i.kind() + " | " + i.section() + " | " + i.text()));
        return keys;
    }
}
