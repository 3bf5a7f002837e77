package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Documents;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What is no finding becomes context, in a report of my own: the areas listed on their own before the report
 * treats them, the one-sentence lead-in of a list, a greeting; a list of short findings stays findings.
 */
class NotFindingsTest {

    private static final String REPORT = """
            # Evaluering af nødberedskabet

            Evalueringen dækker følgende fem velfærdsområder:

            - Dagtilbud
            - Skole
            - Ældre og sundhed
            - Handicap
            - Beskæftigelse

            ## Dagtilbud

            Lederne peger på følgende erfaringer fra foråret:

            - Små grupper gav roligere børn.
            - Forældrene savnede den daglige snak.

            ## Skole

            Fjernundervisningen fungerede godt for de fleste elever, men nogle elever mistede kontakten til skolen.

            Rigtig god læselyst.
            """;

    @Test
    void areaNamesLeadInsAndGreetingsAreContext() {
        ParsedFile parsed = Templates.standard().parse(Documents.of("evaluering.md", REPORT));
        List<String> texts = parsed.items().stream().map(RawItem::text).toList();
        assertEquals(List.of("Små grupper gav roligere børn.", "Forældrene savnede den daglige snak.",
                "Fjernundervisningen fungerede godt for de fleste elever,"
                        + " men nogle elever mistede kontakten til skolen."), texts);
        // the five areas and the two lead-ins are read, as context (headings), not lost
        assertEquals(List.of(), parsed.coverage().unaccounted());
        assertTrue(parsed.warnings().contains("evaluering.md:22: \"Rigtig god læselyst.\" is boilerplate, not a "
                + "finding; read as context"), parsed.warnings().toString());
        assertEquals(ItemKind.CHALLENGE, parsed.items().get(1).kind()); // "savnede"
    }
}
