package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SoroeReportTest {

    static final String TITLE = "Læring og erfaring i en Corona-krise";

    /**
     * Items per section, counted by hand in the clean file (grep for "- " bullets between the labels,
     * one quote per non-blank paragraph after the lists), as opportunity/challenge/recommendation/
     * observation/quote. The PDF rendition must give the same numbers. Observations of the theme
     * chapters are their intro paragraphs; "Hvad vi hørte" has 9 paragraphs and the footnote; "Tanker fra
     * direktionen" has 6 paragraphs ("God læselyst." and the signatures are furniture). Service til
     * borgerne has 22 paragraphs after its lists, one of which is "Foto: Jacob Vind" (furniture): 21 quotes.
     * Fremtidig krisehåndtering has no solutions list: 5 under "Hvad skal vi gøre igen…", 16 under
     * "Hvad skal vi være opmærksomme på?".
     */
    static final Map<String, List<Integer>> COUNTS = counts(
            TITLE, List.of(0, 0, 0, 0, 4),
            "Tanker fra direktionen", List.of(0, 0, 0, 6, 0),
            "Hvad vi hørte, kort fortalt", List.of(0, 0, 0, 10, 0),
            "Sådan er erfaringerne blevet opsamlet", List.of(0, 0, 0, 4, 0),
            "Struktur i erfaringsopsamlingen", List.of(0, 0, 0, 3, 0),
            "Tværgående samarbejde og opgavefællesskab", List.of(7, 5, 5, 2, 13),
            "Arbejds miljø og trivsel", List.of(7, 6, 4, 2, 16),
            "Teknologi", List.of(3, 5, 9, 2, 10),
            "Virtuelle møder på Teams", List.of(6, 7, 5, 1, 4),
            "Service til borgerne", List.of(7, 7, 6, 3, 21),
            "Virtuel undervisning", List.of(2, 3, 5, 1, 6),
            "Udvikling og forandringsvillighed", List.of(7, 3, 5, 1, 14),
            "Ledelse", List.of(6, 6, 4, 2, 17),
            "Lokaldemokrati", List.of(6, 5, 1, 2, 14),
            "Fremtidig krisehåndtering", List.of(5, 16, 0, 2, 12),
            "Jobbanken – udsendte medarbejdere", List.of(2, 3, 4, 1, 6),
            "Værnemidler", List.of(4, 4, 5, 1, 11));

    private static final Document DOCUMENT = CorpusFiles.document(CorpusFiles.SOROE);
    private static final ParseSink SINK = parse(new OutlineTemplate(), DOCUMENT);

    static Map<String, List<Integer>> counts(Object... sectionsAndCounts) {
        Map<String, List<Integer>> map = new LinkedHashMap<>();
        for (int i = 0; i < sectionsAndCounts.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<Integer> counts = (List<Integer>) sectionsAndCounts[i + 1];
            map.put((String) sectionsAndCounts[i], counts);
        }
        return map;
    }

    static ParseSink parse(Template template, Document document) {
        ParseSink sink = new ParseSink();
        template.parse(document, sink);
        return sink;
    }

    /** The kinds Sorø's layout has, in the order of {@link #countsOf}: it asks its readers no questions. */
    private static final List<ItemKind> COUNTED = List.of(ItemKind.OPPORTUNITY, ItemKind.CHALLENGE,
            ItemKind.RECOMMENDATION, ItemKind.OBSERVATION, ItemKind.QUOTE);

    /** Items per section in document order, as [opportunity, challenge, recommendation, observation, quote]. */
    static Map<String, List<Integer>> countsOf(List<RawItem> items) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RawItem item : items) {
            counts.computeIfAbsent(item.section(), s -> new int[5])[COUNTED.indexOf(item.kind())]++;
        }
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        counts.forEach((section, c) -> out.put(section, IntStream.of(c).boxed().toList()));
        return out;
    }

    static List<Integer> unaccounted(Document document, ParseSink sink) {
        return IntStream.rangeClosed(1, document.lineCount())
                .filter(n -> !document.isBlank(n) && !sink.roles().containsKey(n)).boxed().toList();
    }

    static RawItem itemAt(ParseSink sink, int line) {
        return sink.items().stream().filter(i -> i.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no item starts at line " + line));
    }

    @Test
    void isReadByTheOutlineReader() {
        assertEquals("outline", Templates.standard().parse(DOCUMENT).template());
    }

    @Test
    void countsPerSectionAndKind() {
        assertEquals(COUNTS, countsOf(SINK.items()));
        assertEquals(376, SINK.items().size());
        assertEquals(List.of(), SINK.warnings());
    }

    @Test
    void everyNonBlankLineIsAccountedFor() {
        assertEquals(List.of(), unaccounted(DOCUMENT, SINK));
    }

    @Test
    void coverQuotesAreUnderTheReportTitle() {
        List<String> cover = SINK.items().stream().filter(i -> i.section().equals(TITLE)).map(RawItem::text).toList();
        assertEquals(List.of(
                "Jeg kunne ikke have været et bedre sted under Corona-krisen, end Sorø.",
                "Det er meget vigtigt, at vi får fortalt, hvad vi laver. Evalueringen er virkelig god at få sat på dagsordenen.",
                // the closing ” of this quote is stripped, as an outer quote mark
                "Det var lige ved at være for meget. Det var rødguldende, og jeg var på 24/7, også i weekenderne. Men det "
                        + "giver mig en stolthed, hvordan vi har klaret det i Sorø Kommune, så det har været det hele værd.",
                "Det har været en oplevelse, og det har været fantastisk at arbejde sammen."), cover);
    }

    @Test
    void headingsComeFromTheTableOfContentsEvenWhenSpelledDifferently() {
        // the contents say "Hvad vi lærte, kort fortalt"; the heading on line 82 says "hørte"
        assertEquals(LineRole.HEADING, SINK.roles().get(82));
        assertEquals("Hvad vi hørte, kort fortalt", itemAt(SINK, 84).section());
        assertEquals(LineRole.HEADING, SINK.roles().get(31)); // "Indhold"
        IntStream.rangeClosed(33, 48).forEach(n -> assertEquals(LineRole.FURNITURE, SINK.roles().get(n), "toc " + n));
    }

    @Test
    void bulletsTakeTheKindOfTheirLabel() {
        RawItem first = itemAt(SINK, 133);
        assertEquals(ItemKind.OPPORTUNITY, first.kind());
        assertEquals("I Sorø Kommune oplever og opsøger vi fællesskabet, og vi har en kultur, hvor vi vil hinanden på "
                + "tværs af organisationen.", first.text());
        assertEquals(ItemKind.CHALLENGE, itemAt(SINK, 143).kind());
        assertEquals(ItemKind.RECOMMENDATION, itemAt(SINK, 153).kind());
        RawItem repeat = itemAt(SINK, 692);
        assertEquals(ItemKind.OPPORTUNITY, repeat.kind());
        assertEquals("Beslutningskraften og topledelsen har generelt fungeret godt", repeat.text());
        RawItem watch = itemAt(SINK, 700);
        assertEquals(ItemKind.CHALLENGE, watch.kind());
        assertEquals("Fremtidig krisehåndtering", watch.section());
    }

    @Test
    void quotesAreUnattributedExceptTheParentsRole() {
        RawItem parent = itemAt(SINK, 401);
        assertEquals(ItemKind.QUOTE, parent.kind());
        assertEquals("At børnene er så meget ude, det synes jeg simpelthen er fantastisk.", parent.text());
        assertEquals(Speaker.role("forælder"), parent.speaker());
        long attributed = SINK.items().stream().filter(i -> i.speaker() != null).count();
        assertEquals(1, attributed);
        RawItem last = itemAt(SINK, 832);
        assertNull(last.speaker());
        assertEquals("Det har skabt frustrationer, at de medarbejdere, som skulle løfte denne opgave, samtidig har haft "
                + "deres almindelige opgaver. Det har nok handlet om, at \"det er jo bare værnemidler\".", last.text());
    }

    @Test
    void frontMatterProseIsObservationAndSignaturesAreFurniture() {
        RawItem footnote = itemAt(SINK, 102);
        assertEquals(ItemKind.OBSERVATION, footnote.kind());
        assertTrue(footnote.text().startsWith("Består af repræsentanter fra de mest berørte områder"), footnote.text());
        // Markdown emphasis is markup of this rendition, not words of the report
        String emphasised = itemAt(SINK, 86).text();
        assertTrue(emphasised.startsWith("Vi skal fortsat styrke vores tværfaglige samarbejde og opgavefællesskaber, ved"));
        assertFalse(SINK.items().stream().anyMatch(i -> i.text().contains("*")));
        // the logo "SORØ KOMMUNE" and the credits' names stand as headings on the title pages; no finding either way
        for (int n : List.of(28, 29, 54, 56, 58)) {
            assertEquals(LineRole.HEADING, SINK.roles().get(n), "line " + n);
        }
        for (int n : List.of(52, 74, 76, 77, 79, 80, 447)) {
            assertEquals(LineRole.FURNITURE, SINK.roles().get(n), "line " + n);
        }
        assertEquals(LineRole.FURNITURE, SINK.roles().get(159)); // the “ glyph before the quotes
    }
}
