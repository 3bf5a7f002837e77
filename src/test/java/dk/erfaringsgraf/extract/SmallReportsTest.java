package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Documents;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Six small reports in layouts no rule was written from (src/test/resources/reports): numbered chapters
 * with "Anbefalinger", a press article with inline attributions, a two-column PDF text dump with hyphens and
 * running headers, a Markdown report, "Det gik godt / Det gik mindre godt", and a PDF text dump of voices
 * (quotations side by side, signatures glued and broken, stacked headings). Each gives its findings with
 * kind, chapter and speaker.
 */
class SmallReportsTest {

    private static ParsedFile read(String name) throws IOException {
        try (InputStream in = SmallReportsTest.class.getResourceAsStream("/reports/" + name)) {
            return Templates.standard().parse(Documents.read(name, in.readAllBytes(), new ArrayList<>()));
        }
    }

    private static Map<String, Integer> kinds(ParsedFile file) {
        Map<String, Integer> counts = new TreeMap<>();
        file.items().forEach(i -> counts.merge(i.kind().id(), 1, Integer::sum));
        return counts;
    }

    private static RawItem at(ParsedFile file, int line) {
        return file.items().stream().filter(i -> i.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no finding at line " + line));
    }

    @Test
    void numberedChaptersWithRecommendations() throws IOException {
        ParsedFile file = read("nummereret-anbefalinger.txt");
        assertEquals("outline", file.template());
        assertEquals(Map.of("observation", 3, "opportunity", 1, "recommendation", 3), kinds(file));
        // the coordination "fungerede bedre end ventet": an opportunity by its words, not by a label
        assertEquals(ItemKind.OPPORTUNITY, at(file, 14).kind());
        assertEquals(KindBy.CUE, at(file, 14).kindBy());
        // "følger op på anbefalingerne" names recommendations, it makes none
        assertEquals(ItemKind.OBSERVATION, at(file, 30).kind());
        RawItem first = at(file, 24);
        assertEquals(ItemKind.RECOMMENDATION, first.kind());
        assertEquals("3. Anbefalinger", first.section());
        assertEquals("Der bør udarbejdes en fast plan for omlægning af vagter, som kan tages i brug med kort varsel.",
                first.text());
        // a hard-wrapped paragraph is one finding over both its lines
        RawItem wrapped = at(file, 14);
        assertEquals("2.1 Planlægning", wrapped.section());
        assertEquals(15, wrapped.lineTo());
        assertEquals("4. Opfølgning", at(file, 30).section());
        assertEquals(List.of(), file.warnings());
    }

    @Test
    void pressArticleWithInlineAttributions() throws IOException {
        ParsedFile file = read("artikel-citater.txt");
        assertEquals(Map.of("challenge", 1, "observation", 2, "quote", 3), kinds(file));
        assertEquals(ItemKind.CHALLENGE, at(file, 8).kind()); // "Nogle borgere har svært ved teknikken"
        RawItem holm = at(file, 6);
        assertEquals(ItemKind.QUOTE, holm.kind());
        assertEquals("Vi kunne se, at fremmødet steg, da borgerne ikke skulle køre ind til centret", holm.text());
        assertEquals(new Speaker("Mette Holm", "jobcenterchef", "Vejen Kommune"), holm.speaker());
        assertEquals(new Speaker("Jens Lund", "afdelingsleder", "Ringsted Kommune"), at(file, 11).speaker());
        // the second quote names only the person, as articles do once she is introduced: she keeps her role
        assertEquals(new Speaker("Mette Holm", "jobcenterchef", "Vejen Kommune"), at(file, 15).speaker());
        assertEquals("Digitale samtaler er kommet for at blive", holm.section());
    }

    @Test
    void pdfTextDumpWithHyphensAndRunningHeaders() throws IOException {
        ParsedFile file = read("pdf-dump-to-spalter.txt");
        assertEquals(Map.of("challenge", 2, "opportunity", 1, "recommendation", 3), kinds(file));
        // the opening paragraph praises the teachers; the next advises that the weekly contact "bør fortsætte"
        assertEquals(ItemKind.OPPORTUNITY, at(file, 3).kind());
        assertEquals(ItemKind.RECOMMENDATION, at(file, 11).kind());
        RawItem first = at(file, 3);
        assertEquals("Nødundervisning i foråret", first.section());
        assertEquals(9, first.lineTo());
        // "Lærer-" + "ne" is one word again; the running header and page numbers are not text
        assertEquals(true, first.text().contains("Lærerne har været gode til at omstille sig"));
        assertEquals(ItemKind.CHALLENGE, at(file, 20).kind());
        assertEquals("Eleverne med særlige behov mistede den faste struktur i hverdagen, og nogle har haft et stort "
                + "fravær.", at(file, 20).text());
        assertEquals("Skolerne bør fastholde den ugentlige kontakt til forældrene.", at(file, 32).text());
        assertEquals(ItemKind.RECOMMENDATION, at(file, 35).kind());
        assertEquals(List.of(), file.items().stream().filter(i -> i.lines().contains(18)).toList());
        assertEquals(0, file.items().stream().filter(i -> i.text().contains("Erfaringsnotat")).count());
    }

    @Test
    void markdownReport() throws IOException {
        ParsedFile file = read("markdown-rapport.md");
        assertEquals(Map.of("challenge", 3, "observation", 1, "opportunity", 3, "quote", 1, "recommendation", 2),
                kinds(file));
        assertEquals(ItemKind.CHALLENGE, at(file, 23).kind()); // "mistede medlemmer"
        assertEquals(ItemKind.OPPORTUNITY, at(file, 7).kind()); // "har været glade for"
        assertEquals("Biblioteker", at(file, 11).section());
        assertEquals(ItemKind.OPPORTUNITY, at(file, 11).kind());
        assertEquals(ItemKind.CHALLENGE, at(file, 16).kind());
        assertEquals(ItemKind.QUOTE, at(file, 19).kind());
        assertEquals("Idræt", at(file, 27).section());
        assertEquals(ItemKind.RECOMMENDATION, at(file, 27).kind());
        // emphasis is markup, not words
        assertEquals("Bibliotekerne åbnede hurtigt en udbringningsordning, som især ældre lånere har været glade for.",
                at(file, 7).text());
    }

    @Test
    void wentWellWentLessWell() throws IOException {
        ParsedFile file = read("gik-godt-mindre-godt.txt");
        assertEquals(Map.of("challenge", 2, "observation", 1, "opportunity", 3, "recommendation", 2), kinds(file));
        assertEquals(ItemKind.OPPORTUNITY, at(file, 8).kind());
        assertEquals(ItemKind.CHALLENGE, at(file, 14).kind());
        assertEquals(ItemKind.RECOMMENDATION, at(file, 19).kind());
        assertEquals("OPSAMLING PÅ CORONAPERIODEN I BORGERSERVICE", at(file, 8).section());
        assertEquals("Borgerservice holdt åbent for tidsbestilte henvendelser i hele perioden. Opsamlingen er lavet på "
                + "et personalemøde i september 2020.", at(file, 3).text());
    }

    /**
     * A PDF's text layer as users copy it: two cover quotations on one line, a signature glued to the next
     * quote and one broken after its comma, two upper-case headings stacked with the second chapter's drop cap
     * lost ("m pårørende" for "Om pårørende"). Written after the rules, in a layout and wording of its own.
     */
    @Test
    void aPdfTextOfVoices() throws IOException {
        ParsedFile file = read("pdf-dump-stemmer.txt");
        assertEquals("outline", file.template());
        assertEquals(Map.of("challenge", 1, "observation", 1, "opportunity", 1, "quote", 4), kinds(file));
        List<String> quotes = file.items().stream().filter(i -> i.kind() == ItemKind.QUOTE)
                .map(i -> (i.speaker() == null ? "-" : i.speaker().person()) + ": " + i.text()).toList();
        assertEquals(List.of("-: Vi lærte mere på tre uger end på tre år.",
                "-: Det sværeste var at sige nej til pårørende.",
                "Hanne Lykke: Vi fik retningslinjerne fredag eftermiddag og skulle have dem i drift mandag morgen. "
                        + "Det kan man godt, men det koster på kræfterne hos de medarbejdere, der står med borgerne.",
                "Mads Krogh: Jeg er stolt af, at vi holdt besøgsstuerne åbne hele perioden."), quotes);
        assertEquals("HJEMMEPLEJEN", at(file, 23).section());
        assertEquals("PÅRØRENDE", at(file, 26).section());
        assertEquals(List.of(), file.warnings());
    }
}
