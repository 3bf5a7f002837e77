package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kommunaldirektørforeningen's report as its PDF text dump (narrow hyphenated columns, upper-case headings,
 * interview runs signed "Name, X Kommune", pull-quotes), read by the outline reader like any other report.
 */
class KomdirReportTest {

    private static final String DYNAMO = "CORONAKRISEN – DEN DIGITALE DYNAMO";
    private static final String LEDELSE = "LEDELSE, STYRING OG SAMARBEJDE PÅ TVÆRS";
    private static final String HJEMME = "HJEMMEARBEJDE I BALANCE";
    private static final String POLITIK = "SAMSPILLET MED POLITIKERNE";
    private static final String FASTHOLD = "FORANDRINGER SKAL FASTHOLDES";

    private static Document document;
    private static ParseSink sink;

    @BeforeAll
    static void parse() {
        document = CorpusFiles.document(CorpusFiles.KOMDIR);
        sink = new ParseSink();
        new OutlineTemplate().parse(document, sink);
    }

    /**
     * Counted by hand, paragraph by paragraph (a paragraph broken mid-sentence by a blank line is one):
     * The foreword 1–24 (no printed heading, so no section; counted here under ""): six paragraphs (26–29
     * is the signature). SÅDAN HAR VI GJORT: 32–34, 36–39.
     * SAMMENFATNING: 41–49, 51–61, 63–71, the survey question 73–75.
     * DYNAMO: 15 prose paragraphs (79 … 254, with 106–112 and 189–192); 23 quotes: the run 136–180 (10),
     * 260–301 (6, each attributed), and the unattributed run 306–342 (7); pull-quotes 183 and 303 folded.
     * LEDELSE: 11 prose paragraphs (347 … 409, 472 … 497); 11 quotes, every one attributed (423 folded).
     * HJEMMEARBEJDE: 6 prose (531 … 571); 8 quotes 575 … 610 and 624 (611 and 618 are copies of 596, 575).
     * The stacked headings 628/631: 634–664 (5) is about the politicians; 666 opens FORANDRINGER (its
     * drop cap "I" was lost), which has 5 prose paragraphs and the 4 quotes 700–726.
     */
    @Test
    void countsPerSectionAndKind() {
        Map<String, Map<ItemKind, Long>> expected = new TreeMap<>(Map.of(
                "", Map.of(ItemKind.OBSERVATION, 6L),
                "SÅDAN HAR VI GJORT", Map.of(ItemKind.OBSERVATION, 2L),
                "SAMMENFATNING", Map.of(ItemKind.OBSERVATION, 4L),
                DYNAMO, Map.of(ItemKind.OBSERVATION, 15L, ItemKind.QUOTE, 23L),
                LEDELSE, Map.of(ItemKind.OBSERVATION, 11L, ItemKind.QUOTE, 11L),
                HJEMME, Map.of(ItemKind.OBSERVATION, 6L, ItemKind.QUOTE, 8L),
                POLITIK, Map.of(ItemKind.OBSERVATION, 5L),
                FASTHOLD, Map.of(ItemKind.OBSERVATION, 5L, ItemKind.QUOTE, 4L)));
        Map<String, Map<ItemKind, Long>> actual = new TreeMap<>(sink.items().stream().collect(Collectors.groupingBy(
                i -> i.section() == null ? "" : i.section(),
                Collectors.groupingBy(RawItem::kind, Collectors.counting()))));
        assertEquals(expected, actual);
    }

    /** 26 "Name, X Kommune" attributions, each on a different quote (616 and 622 reach 596 and 575). */
    @Test
    void quotesAttributedAndObservations() {
        assertEquals(46, items(ItemKind.QUOTE).size());
        assertEquals(26, items(ItemKind.QUOTE).stream().filter(i -> i.speaker() != null).count());
        assertEquals(54, items(ItemKind.OBSERVATION).size());
        assertTrue(items(ItemKind.OBSERVATION).stream().allMatch(i -> i.speaker() == null));
    }

    /** 18 names as printed; "Stefan Birkebjerg" (616) is printed without "Andersen" (461). */
    @Test
    void distinctNamedPeople() {
        Set<String> people = sink.items().stream().filter(i -> i.speaker() != null)
                .map(i -> i.speaker().person() + ", " + i.speaker().organisation()).collect(Collectors.toSet());
        assertEquals(Set.of("Pernille Salamon, Hørsholm Kommune", "Morten V. Pedersen, Nordfyns Kommune",
                "Lasse Jacobsen, Viborg Kommune", "Ulrik Andersen, Thisted Kommune",
                "Birgitte Lundgren, Rudersdal Kommune", "Flemming Storgaard, Ikast-Brande Kommune",
                "Mogens Pedersen, Varde Kommune", "Nich Bendtsen, Hvidovre Kommune",
                "Jens Peter Hegelund Jensen, Ringkøbing-Skjern Kommune", "Tom Ahmt, Aabenraa Kommune",
                "Søren Steensen, Brønderslev Kommune", "Stefan Birkebjerg Andersen, Odense Kommune",
                "Stefan Birkebjerg, Odense Kommune", "Christine Brochdorf, Egedal Kommune",
                "Søren S. Kjær, Sorø Kommune", "Thomas Knudsen, Lolland Kommune", "Peter Frost, Køge Kommune",
                "Henning Haahr, Odder Kommune"), people);
    }

    /** Every attribution form: own line, end of the quote's line, split over two lines, line start. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "136|Pernille Salamon|Hørsholm Kommune",
        "178|Morten V. Pedersen|Nordfyns Kommune",
        "260|Lasse Jacobsen|Viborg Kommune",
        "263|Ulrik Andersen|Thisted Kommune",
        "273|Birgitte Lundgren|Rudersdal Kommune",
        "418|Nich Bendtsen|Hvidovre Kommune",
        "429|Jens Peter Hegelund Jensen|Ringkøbing-Skjern Kommune",
        "511|Søren S. Kjær|Sorø Kommune",
        "515|Birgitte Lundgren|Rudersdal Kommune",
        "575|Nich Bendtsen|Hvidovre Kommune",
        "596|Stefan Birkebjerg|Odense Kommune",
        "624|Peter Frost|Køge Kommune",
        "708|Søren S. Kjær|Sorø Kommune"})
    void namedSpeakers(int line, String person, String organisation) {
        RawItem quote = at(line);
        assertEquals(ItemKind.QUOTE, quote.kind());
        assertEquals(Speaker.person(person, organisation), quote.speaker());
    }

    @Test
    void soerenKjaerQuotesWithTheirLines() {
        RawItem first = at(511);
        assertEquals(List.of(511, 512, 513), first.lines());
        assertEquals("Jeg blev på et tidspunkt spurgt, hvad den vigtigste beslutning, jeg har truffet under krisen, "
                + "var. Jeg svarede, at den traf jeg for længe siden, da jeg ansatte dygtige og kompetente folk.",
                first.text());
        RawItem second = at(708);
        assertEquals(List.of(708, 709, 711, 712, 713, 714), second.lines());
        assertTrue(second.text().startsWith("Jeg vil gerne fastholde det gode, tillidsfulde samarbejde mellem det "
                + "politiske system og administrationen. Vi har alle – politikere, administration og borgere – "));
        assertTrue(second.text().endsWith("i den måde, vi udøver lokaldemokrati."));
    }

    @Test
    void nichBendtsenAttributionAtTheEndOfTheLastLine() {
        RawItem quote = at(418);
        assertEquals(List.of(418, 419, 420, 421), quote.lines());
        assertTrue(quote.text().endsWith("Det har der været meget energi i, og det er den energi, vi skal fastholde."));
    }

    /** Line 263 ends Lasse Jacobsen's quote and starts Ulrik Andersen's (named at 270–271). */
    @Test
    void line263IsSplitBetweenTwoQuotes() {
        assertTrue(at(260).text().endsWith("virkelig snakket om det, der betyder noget – nu."));
        RawItem thisted = at(263);
        assertEquals("Vi skal tillade mere kreativitet i vores dialog med borgerne på alle mulige fronter. Lad os "
                + "bruge forskellige platforme. Lad os vurdere, hvad der giver mening i den enkelte situation",
                thisted.text());
        assertEquals(List.of(263, 265, 266, 267, 268, 270, 271), thisted.lines());
    }

    /** A name belongs to the paragraph right before it: the run 143–176 before Morten V. Pedersen is unnamed. */
    @ParameterizedTest
    @ValueSource(ints = {143, 149, 152, 156, 161, 166, 169, 173, 306, 337, 580, 607})
    void quotesInARunBeforeANameAreUnattributed(int line) {
        assertEquals(ItemKind.QUOTE, at(line).kind());
        assertNull(at(line).speaker());
    }

    @Test
    void quoteAt143KeepsItsFullTextAndNoSpeaker() {
        assertEquals("Vi har flere rådhuse i kommunen, og derfor indførte vi muligheden for digitale møder for mange "
                + "år siden, så vi ikke behøvede at køre så meget rundt til hinanden. Men vanens magt har været "
                + "kolossal, og det er først nu, vi har fået brudt vanens magt. Nu er vi digitale alle sammen – og "
                + "det kører fantastisk.", at(143).text());
    }

    /** Pull-quotes 183, 303, 423 and the copies 611, 618 are folded into 143, 306, 429, 596, 575. */
    @ParameterizedTest
    @ValueSource(ints = {183, 184, 185, 187, 188, 303, 305, 423, 426, 428, 611, 615, 616, 618, 622})
    void repeatedCopiesAreNoItemsButAccounted(int line) {
        assertTrue(sink.items().stream().noneMatch(i -> i.lines().contains(line)), "line " + line);
        assertEquals(LineRole.ITEM, sink.roles().get(line));
    }

    @Test
    void noItemRepeatsAnother() {
        List<RawItem> quotes = items(ItemKind.QUOTE);
        for (int i = 0; i < quotes.size(); i++) {
            for (int j = i + 1; j < quotes.size(); j++) {
                assertFalse(PullQuotes.copies(quotes.get(i), quotes.get(j)), quotes.get(i).line() + "");
            }
        }
    }

    /** Borderline paragraphs: narrow call-out 106 and full-width 189 are prose; 136 and 143 are quotes. */
    @ParameterizedTest
    @CsvSource({"106,OBSERVATION", "189,OBSERVATION", "32,OBSERVATION", "1,OBSERVATION", "136,QUOTE",
        "143,QUOTE", "149,QUOTE", "325,QUOTE", "73,OBSERVATION", "700,QUOTE"})
    void quoteOrProse(int line, ItemKind kind) {
        assertEquals(kind, at(line).kind());
    }

    /** Paragraphs broken by a blank line mid-sentence are one item. */
    @ParameterizedTest
    @CsvSource({"54,57", "115,117", "121,123", "129,131", "137,139", "202,205", "228,230", "389,391",
        "407,409", "648,650", "668,670", "709,711"})
    void brokenParagraphsAreJoined(int before, int after) {
        RawItem item = containing(before);
        assertTrue(item.lines().contains(after), before + "–" + after + " in " + item.lines());
    }

    @Test
    void hyphenationAndQuoteMarksResolved() {
        assertTrue(at(114).text().contains("klimabelastning. Flere kommunaldirektører i de tidligere "
                + "sammenlægningskommuner"));
        assertTrue(at(246).text().startsWith("De fleste kommuner har afholdt virtuelle byråds- og udvalgsmøder"));
        assertTrue(at(700).text().startsWith("Der er ofte en sorg"));
        assertTrue(at(700).text().endsWith("at vi ikke bare skal tilbage til det gamle."));
    }

    private static final Pattern ATTRIBUTION = Pattern.compile(".*\\p{Lu}\\p{Ll}+,\\s+\\S+ Kommune$");

    @Test
    void noAttributionIsItemText() {
        assertTrue(sink.items().stream().noneMatch(i -> ATTRIBUTION.matcher(i.text()).matches()));
        assertTrue(sink.items().stream().noneMatch(i -> i.text().contains("Thisted Kommune")));
    }

    @Test
    void signatureAndHeadingsAreNotItems() {
        for (int line : List.of(26, 27, 28, 29)) {
            assertEquals(LineRole.FURNITURE, sink.roles().get(line));
        }
        for (int line : List.of(31, 40, 76, 77, 78, 344, 345, 346, 528, 529, 628, 629, 631, 632)) {
            assertEquals(LineRole.HEADING, sink.roles().get(line));
        }
    }

    @Test
    void stackedHeadingsTakeOverAtTheLostDropCap() {
        assertEquals(POLITIK, at(663).section());
        assertEquals(FASTHOLD, at(666).section());
        assertTrue(at(666).text().startsWith("i Kommunaldirektørforeningens spørgeskemaundersøgelse peger 9 ud"));
    }

    @Test
    void everyNonBlankLineAccountedAndNoWarnings() {
        long unaccounted = java.util.stream.IntStream.rangeClosed(1, document.lineCount())
                .filter(n -> !document.isBlank(n) && !sink.roles().containsKey(n)).count();
        assertEquals(0, unaccounted);
        assertEquals(List.of(), sink.warnings());
    }

    @Test
    void readByTheOutlineReader() {
        assertEquals("outline", Templates.standard().parse(document).template());
    }

    private static List<RawItem> items(ItemKind kind) {
        return sink.items().stream().filter(i -> i.kind() == kind).toList();
    }

    private static RawItem at(int line) {
        return sink.items().stream().filter(i -> i.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no item starts at line " + line));
    }

    private static RawItem containing(int line) {
        return sink.items().stream().filter(i -> i.lines().contains(line)).findFirst()
                .orElseThrow(() -> new AssertionError("no item holds line " + line));
    }
}
