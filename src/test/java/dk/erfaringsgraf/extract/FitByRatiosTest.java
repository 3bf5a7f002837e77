package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.erfaringsgraf.ingest.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A short report in a known layout is read as the whole report is: nothing in the reading depends on how many
 * chapters there are (the outline reader and its interview-run rules read the Kommunaldirektørforeningen layout).
 */
class FitByRatiosTest {

    /** Two chapters in the Kommunaldirektørforeningen layout, with three "Name, X Kommune" attributions. */
    private static final String KOMDIR_EXCERPT = """
            Vi har spurgt kommunaldirektørerne, hvad de vil
            fastholde efter krisen, og mange har svaret.

            DIGITALE MØDER
            Kommunaldirektørerne fremhæver, at de digitale
            møder har sparet tid og transport, og at flere
            medarbejdere nu deltager i møderne end før.

            Vi har holdt mange flere korte møder, og det har givet os en helt ny rytme i hverdagen.
            Ingen af os havde troet, at det kunne gå så hurtigt at omstille hele organisationen.
            Anne Marie Hansen, Sorø Kommune

            Møderne er blevet kortere og mere fokuserede, og vi bruger ikke længere timer i bilen.
            Peter Nielsen, Odder Kommune

            LEDELSE
            Flere kommunaldirektører peger på, at tilliden
            til medarbejderne er vokset under krisen, og at
            de vil bevare den i tiden efter.

            Jeg har lært, at vi kan stole på hinanden, også når vi ikke sidder i samme bygning hver dag.
            Karen Jensen, Ringkøbing-Skjern Kommune
            """;

    @Test
    void aKomdirExcerptOfTwoChaptersIsReadLikeTheWholeReport() {
        ParsedFile parsed = Templates.standard().parse(Documents.of("uddrag.txt", KOMDIR_EXCERPT));
        assertEquals("outline", parsed.template());
        List<RawItem> quotes = parsed.items().stream().filter(i -> i.kind() == ItemKind.QUOTE).toList();
        assertEquals(List.of("Anne Marie Hansen", "Peter Nielsen", "Karen Jensen"),
                quotes.stream().map(q -> q.speaker().person()).toList());
        assertEquals(List.of("DIGITALE MØDER", "DIGITALE MØDER", "LEDELSE"),
                quotes.stream().map(RawItem::section).toList());
        // the report's own prose: typed by its words once the voices are told apart
        List<RawItem> observations = parsed.items().stream().filter(i -> i.kind() != ItemKind.QUOTE).toList();
        assertEquals(3, observations.size());
        assertEquals(ItemKind.OPPORTUNITY, observations.get(2).kind()); // "tilliden … er vokset"
        assertEquals(KindBy.CUE, observations.get(2).kindBy());
        // the opening paragraph has no printed heading: no section is invented for it
        assertNull(observations.get(0).section());
        assertEquals(List.of(1, 2), observations.get(0).lines());
        assertEquals(List.of(), parsed.warnings());
    }
}
