package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.TextReaderTest.Shape;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text reader on small reports of other layouts than the bundled ones, written here. */
class TextReaderFormsTest {

    @Test
    void markdownHeadingsListsQuotesAndEmphasis() {
        Document doc = read("notat.md", """
                # Erfaringer fra krisen

                Indledende tekst med **fed** og *kursiv* skrift.

                ## Anbefalinger

                - Første punkt
                  - Underpunkt der
                    fortsætter her
                - Andet punkt

                > Vi lærte meget af krisen,
                > og det tager *vi* med.

                1. Nummereret punkt
                2. Andet nummererede punkt
                """);
        assertEquals(List.of(
                new Shape(BlockType.HEADING, 1, "Erfaringer fra krisen"),
                new Shape(BlockType.PARAGRAPH, 0, "Indledende tekst med fed og kursiv skrift."),
                new Shape(BlockType.HEADING, 2, "Anbefalinger"),
                new Shape(BlockType.LIST_ITEM, 1, "Første punkt"),
                new Shape(BlockType.LIST_ITEM, 2, "Underpunkt der fortsætter her"),
                new Shape(BlockType.LIST_ITEM, 1, "Andet punkt"),
                new Shape(BlockType.QUOTE, 0, "Vi lærte meget af krisen, og det tager vi med."),
                new Shape(BlockType.LIST_ITEM, 1, "Nummereret punkt"),
                new Shape(BlockType.LIST_ITEM, 1, "Andet nummererede punkt")), shapes(doc));
        assertEquals(List.of(8, 9), range(doc, 4));
        assertEquals(List.of(12, 13), range(doc, 6));
    }

    @Test
    void numberedHeadingsTakeTheirDepthAndNumberedItemsStayItems() {
        Document doc = read("rapport.txt", """
                1 Indledning

                Rapporten beskriver erfaringerne fra foråret.

                2 Organisering

                2.1 Kriseledelse

                Kriseledelsen mødtes dagligt.

                3. Anbefalinger

                a) Hold fast i de korte møder.
                b) Brug Teams til sparring.
                """);
        assertEquals(List.of(
                new Shape(BlockType.HEADING, 1, "1 Indledning"),
                new Shape(BlockType.PARAGRAPH, 0, "Rapporten beskriver erfaringerne fra foråret."),
                new Shape(BlockType.HEADING, 1, "2 Organisering"),
                new Shape(BlockType.HEADING, 2, "2.1 Kriseledelse"),
                new Shape(BlockType.PARAGRAPH, 0, "Kriseledelsen mødtes dagligt."),
                new Shape(BlockType.HEADING, 1, "3. Anbefalinger"),
                new Shape(BlockType.LIST_ITEM, 1, "Hold fast i de korte møder."),
                new Shape(BlockType.LIST_ITEM, 1, "Brug Teams til sparring.")), shapes(doc));
    }

    @Test
    void aNumberWrappedToTheStartOfALineIsNotANewList() {
        Document doc = read("sag.txt", """
                Direktionen satte en dagsorden med tre spor: 1) Ledelse på distancen og fokus på
                kerneopgaven: 2) Tværgående samarbejde og trivsel: 3) Digitale samarbejdsformer.

                Notatet om nye tilgange efter pandemien blev behandlet i økonomiudvalget d.
                17. august og i kommunalbestyrelsen d. 25. august 2020.

                Vi anbefaler:
                1. Korte møder.
                2. Faste pauser.
                """);
        assertEquals(List.of(
                new Shape(BlockType.PARAGRAPH, 0, "Direktionen satte en dagsorden med tre spor: 1) Ledelse på "
                        + "distancen og fokus på kerneopgaven: 2) Tværgående samarbejde og trivsel: 3) Digitale "
                        + "samarbejdsformer."),
                new Shape(BlockType.PARAGRAPH, 0, "Notatet om nye tilgange efter pandemien blev behandlet i "
                        + "økonomiudvalget d. 17. august og i "
                        + "kommunalbestyrelsen d. 25. august 2020."),
                new Shape(BlockType.PARAGRAPH, 0, "Vi anbefaler:"),
                new Shape(BlockType.LIST_ITEM, 1, "Korte møder."),
                new Shape(BlockType.LIST_ITEM, 1, "Faste pauser.")), shapes(doc));
    }

    @Test
    void runningFootersPageNumbersAndCaptionsAreNotProse() {
        Document doc = read("evaluering.txt", """
                Evaluering af nødpasningen

                Nødpasningen blev etableret på få dage, og personalet
                viste stor fleksibilitet i hele perioden. Forældrene
                var generelt tilfredse med løsningen.

                Vejle Kommune · Evaluering 2021
                Side 1 af 3

                Nødpasning i Vejle

                Der var dog udfordringer med bemandingen, især i de
                første uger, hvor mange medarbejdere var hjemsendt.

                Figur 2 Antal børn i nødpasning pr. uge
                Kilde: Egne tal

                Vejle Kommune · Evaluering 2021
                Side 2 af 3

                Nødpasning i Vejle

                Personalet arbejdede i faste grupper, og det betød
                at

                Nødpasning i Vejle

                børnene kun mødte de samme voksne hver dag.

                Vejle Kommune · Evaluering 2021
                - 3 -
                """);
        List<Block> blocks = doc.blocks();
        assertEquals(List.of(
                BlockType.HEADING, BlockType.PARAGRAPH, BlockType.FURNITURE, BlockType.FURNITURE, BlockType.FURNITURE,
                BlockType.PARAGRAPH, BlockType.CAPTION, BlockType.CAPTION, BlockType.FURNITURE, BlockType.FURNITURE,
                BlockType.FURNITURE, BlockType.PARAGRAPH, BlockType.FURNITURE, BlockType.PARAGRAPH,
                BlockType.FURNITURE, BlockType.FURNITURE), blocks.stream().map(Block::type).toList());
        assertEquals("Nødpasningen blev etableret på få dage, og personalet viste stor fleksibilitet i hele perioden. "
                + "Forældrene var generelt tilfredse med løsningen.", blocks.get(1).text());
        assertEquals(List.of(3, 5), List.of(blocks.get(1).line(), blocks.get(1).lineTo()));
        assertEquals("Personalet arbejdede i faste grupper, og det betød at", blocks.get(11).text());
        TextReaderTest.assertCovered(doc);
    }

    @Test
    void hyphenatedHardWrapsAreJoinedByTheDocumentsOwnWords() {
        Document doc = read("samarbejde.txt", """
                Medarbejderne har hjulpet hin-
                anden på tværs af centrene, og sam-
                arbejdet er blevet styrket. Corona-
                gruppen mødtes dagligt med sundheds-
                og ældreområdet.

                Vi vil fortsat hjælpe hinanden og styrke samarbejdet.
                """);
        assertEquals(List.of(
                new Shape(BlockType.PARAGRAPH, 0, "Medarbejderne har hjulpet hinanden på tværs af centrene, og "
                        + "samarbejdet er blevet styrket. Corona-gruppen mødtes dagligt med sundheds- og ældreområdet."),
                new Shape(BlockType.PARAGRAPH, 0, "Vi vil fortsat hjælpe hinanden og styrke samarbejdet.")),
                shapes(doc));
        assertEquals(List.of(1, 5), range(doc, 0));
    }

    @Test
    void aSignatureAndAnAddressStayLineByLine() {
        Document doc = read("forord.txt", """
                Vi har lært meget af krisen, og vi vil gerne takke alle medarbejdere for en helt
                ekstraordinær indsats i en periode, hvor alt var anderledes end det plejer at være,
                og hvor vi sammen fandt nye veje til at løse opgaverne for borgerne i kommunen.

                Kommunaldirektør
                Søren S. Kjær

                Rådhuset
                Torvet 1
                4180 Sorø
                """);
        assertEquals(List.of(BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH, BlockType.PARAGRAPH,
                BlockType.PARAGRAPH, BlockType.PARAGRAPH), doc.blocks().stream().map(Block::type).toList());
        assertEquals(List.of("Kommunaldirektør", "Søren S. Kjær", "Rådhuset", "Torvet 1", "4180 Sorø"),
                doc.blocks().subList(1, 6).stream().map(Block::text).toList());
    }

    private static Document read(String file, String text) {
        return new TextReader().read(file, text.getBytes(StandardCharsets.UTF_8), new ArrayList<>());
    }

    private static List<Shape> shapes(Document doc) {
        return TextReaderTest.shapes(doc, s -> s);
    }

    private static List<Integer> range(Document doc, int block) {
        Block b = doc.blocks().get(block);
        return List.of(b.line(), b.lineTo());
    }
}
