package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attribution grammar on three small articles of our own (src/test/resources/articles): the press style
 * after the quote with organisations beyond municipalities, a later short reference ("forklarer Jørgensen",
 * "siger hun"), the speaker before the quote ("Name, role: ”…”"), dash dialogue, a role alone, a quote
 * nobody signs, "Name, KL" / "Name, Region X" signatures, and one person printed two ways.
 */
class AttributionGrammarTest {

    private static ParsedFile parse(String file) throws IOException {
        try (InputStream in = AttributionGrammarTest.class.getResourceAsStream("/articles/" + file)) {
            return Templates.standard().parse(Documents.read(file, in.readAllBytes(), new java.util.ArrayList<>()));
        }
    }

    private static List<RawItem> quotes(ParsedFile file) {
        return file.items().stream().filter(i -> i.kind() == ItemKind.QUOTE).toList();
    }

    @Test
    void pressStyleAndShortReferences() throws IOException {
        List<RawItem> q = quotes(parse("aarhus-borgermoeder.txt"));
        Speaker jorgensen = new Speaker("Anders Jørgensen", "it- og digitaliseringschef", "Aarhus Kommune");
        Speaker bak = new Speaker("Signe Bak", "chefkonsulent", "KL");
        assertEquals(List.of(jorgensen, jorgensen, bak, bak), q.stream().map(RawItem::speaker).toList());
        assertEquals("Det kræver en god mødeleder, ellers drukner de stille stemmer", q.get(1).text());
    }

    @Test
    void speakerBeforeTheQuoteDashDialogueRolesAndTheUnsigned() throws IOException {
        List<RawItem> q = quotes(parse("region-personale.txt"));
        Speaker holm = new Speaker("Jens Holm", "HR-chef", "Næstved Kommune");
        assertEquals(List.of(new Speaker("Mette Lind", "direktør", "Region Sjælland"), holm, holm,
                new Speaker("Karin Dahl", "kontorchef", "Sundheds- og Ældreministeriet"),
                Speaker.role("sygeplejerske på et af sengeafsnittene")),
                q.subList(0, 5).stream().map(RawItem::speaker).toList());
        assertEquals("Samarbejdet med kommunerne var afgørende for, at vi kunne holde sengeafsnittene åbne.",
                q.get(0).text());
        assertEquals("Vi har aldrig før flyttet personale så hurtigt", q.get(1).text());
        // the last quote is signed by no one and borrows no one
        assertEquals("Ingen vidste, hvem der skulle betale.", q.get(5).text());
        assertNull(q.get(5).speaker());
    }

    @Test
    void signaturesWithKlAndRegionsAndOnePersonPrintedTwoWays(@TempDir Path dir) throws IOException {
        try (InputStream in = AttributionGrammarTest.class.getResourceAsStream("/articles/interviews-navne.txt")) {
            Files.write(dir.resolve("interviews-navne.txt"), in.readAllBytes());
        }
        Extraction.Result result = new Extraction(Templates.standard(), s -> { }).run(Corpus.directory(dir));
        List<Speaker> speakers = result.sources().get(0).items().stream().map(SourcedItem::item)
                .filter(i -> i.kind() == ItemKind.QUOTE).map(RawItem::speaker).toList();
        Speaker andersen = new Speaker("Stefan Birkebjerg Andersen", null, "Faxe Kommune", List.of("Stefan Birkebjerg"));
        assertEquals(List.of(Speaker.person("Birgitte Hansen", "KL"), Speaker.person("Peter Skov", "Region Midtjylland"),
                andersen, andersen), speakers);
        assertEquals(List.of("\"Stefan Birkebjerg\" is Stefan Birkebjerg Andersen, Faxe Kommune"), result.samePeople());
    }
}
