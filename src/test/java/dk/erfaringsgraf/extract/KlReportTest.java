package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads kl-erfaringsopsamling-2020.txt. Every expected number below was counted by hand in the file
 * (grep/sed over line ranges), not copied from the parser's output.
 */
class KlReportTest {

    private static Document document;
    private static ParseSink sink;

    @BeforeAll
    static void parse() {
        document = CorpusFiles.document(CorpusFiles.KL);
        sink = new ParseSink();
        new OutlineTemplate().parse(document, sink);
    }

    @Test
    void isReadByTheOutlineReader() {
        assertEquals("outline", Templates.standard().parse(document).template());
    }

    @Test
    void countsPerChapterAndKind() {
        // Chapters start at the capitalised headings on lines 32, 50, 70, 113, 151, 367 and 441.
        Map<String, String> expected = Map.of(
                // 8 one-line paragraphs, 34–48.
                "FORORD", "o8",
                // 7 paragraphs, 52–66; 56+58 is one paragraph broken by a blank line.
                "METODE", "o7",
                // 2 bullets 74–75 + 3 paragraphs (79–83) + 7 paragraphs (87–107); quotes 93, 99, 109; the lead-in
                // 72 "… kan især sammenfattes i følgende:" is context for its list, not a finding.
                "GRUNDFORUDSÆTNINGERNE", "o12 q3",
                // 115, 6 under Kriseberedskabet (119–133), 1 under borgmesteropgave (137), 4 (141–147); quote 127.
                "DEN FORMELLE OG UFORMELLE KRISEORGANISATION", "o12 q1",
                // 36 paragraphs and 11 bullets (159–164, 250–251, 313–315); quotes 172 … 357; the one-sentence
                // lead-ins 157 and 248 are context (311 has a sentence of its own before its colon: a finding).
                "HOVEDTENDENSER: LEDELSE, ORGANISATION OG DIGITALISERING", "o47 q22",
                // 2 paragraphs (369, 371) and 7+8+5+7+7 bullets; the 5 lead-ins "Lederne peger på …:" are context.
                "HOVEDTENDENSER: VELFÆRDSOMRÅDERNE", "o36",
                // 4 paragraphs (443–449); questions 453, 457, 458 with its 9 points (459–467) and 471 with its 3
                // points (472–474): 4 questions, none a recommendation.
                "PERSPEKTIVERING OG MULIGE SPØRGSMÅL TIL DE LOKALE DRØFTELSE", "o4 ?4");
        assertEquals(new TreeMap<>(expected), countsBy(this::chapter));
    }

    @Test
    void countsPerSectionAndKind() {
        // The section is the nearest heading; these are the sub-sections with quotes or of the welfare areas.
        NavigableMap<String, String> counts = countsBy(RawItem::section);
        assertAll(
                () -> assertEquals("o7 q3", counts.get("Faglighed, motivation og stabilitet")),
                () -> assertEquals("o6 q1", counts.get("Kriseberedskabet i kommunerne")),
                // the six bullets 159–164 after the lead-in 157; each bullet also heads a sub-section later.
                () -> assertEquals("o6", counts.get("Ledelse")),
                () -> assertEquals("o3 q2", counts.get("Fokus på driften, resultaterne og det borgernære")),
                () -> assertEquals("o3 q2", counts.get("Tillid og fagligt rum")),
                () -> assertEquals("o4 q1", counts.get("Mental sundhed")),
                // bullets 250–251 after the lead-in 248.
                () -> assertEquals("o2", counts.get("Organisation")),
                // 255+257, 263, 269, 281; quotes 259, 265, 271, 277, 283.
                () -> assertEquals("o4 q5", counts.get("Handling og hastighed frem for papir og analyser")),
                () -> assertEquals("o4 q3", counts.get("Tværgående samarbejde var altafgørende")),
                () -> assertEquals("o7", counts.get("Socialområdet")),
                () -> assertEquals("o8", counts.get("Beskæftigelsesområdet")),
                // after the lead-in 400: 402+404 one bullet broken by a blank line, 406–409.
                () -> assertEquals("o5", counts.get("Sundheds- og ældreområdet")),
                // after the lead-in 413: 415–418, 419+422 one bullet, 424–425.
                () -> assertEquals("o7", counts.get("Børne-, unge- og folkeskoleområdet")),
                () -> assertEquals("o7", counts.get("Teknik- og miljøområdet")),
                () -> assertEquals("?1", counts.get("Kriseberedskabet og kriseledelsen")),
                () -> assertEquals("?2", counts.get("Ledelse og organisation")),
                () -> assertEquals("?1", counts.get("Udviklingen af den kommunale arbejdsplads")),
                // 33 headings from FORORD (32) to the last sub-heading (469), each with at least one item.
                () -> assertEquals(33, counts.size()));
    }

    @Test
    void quotesCarryTheRoleAsPrinted() {
        assertAll(
                () -> assertQuote(93, "fagdirektør, sundhedsområdet",
                        "Vi har haft medarbejdere, der på eget initiativ har udskudt ferie, fordi de gerne ville"
                                + " tage en ekstra tjans."),
                () -> assertQuote(99, "decentral leder, børne-, unge- og folkeskoleområdet",
                        "Man havde lyst til at gøre det så godt som muligt. Vi skulle lykkes i fællesskab som"
                                + " samfund med at bekæmpe virus. Det gav mening for os og vores medarbejdere."),
                () -> assertQuote(127, "sekretariatschef",
                        "Kriseberedskabet var virkelig båret af relationer. Vi har normalt et stort fokus på rammer,"
                                + " regler og planer, men det var relationerne, der var vigtige – og det var"
                                + " tydeligt i Coronakrisen."),
                // Straight "…" quotes.
                () -> assertQuote(240, "HR-chef",
                        "Arbejdsmiljøaspektet har fået styrket vægt under krisen. Det kom af sig selv under krisen,"
                                + " for det blev vigtigt at forholde sig systematisk til arbejdsmiljø. Vi har lavet"
                                + " omfattende vejledninger om psykisk arbejdsmiljø og hjemmearbejde."),
                () -> assertQuote(259, "decentral leder, børne-, unge- og folkeskoleområdet",
                        "Da der skulle etableres pasning med fysiske afstandskrav, kom der tilladelser til at opføre"
                                + " telte på en halv time."),
                () -> assertEquals("centerchef, børne-, unge- og folkeskoleområdet", quoteAt(265).speaker().role()),
                () -> assertEquals("fagdirektør, sundhedsområdet", quoteAt(271).speaker().role()),
                () -> assertEquals("centerchef, teknik- og miljøområdet", quoteAt(329).speaker().role()));
    }

    @Test
    void innerQuoteStaysInsideItsQuote() {
        assertQuote(194, "sekretariatschef",
                "Statsministeren sagde: ”Jeg laver fejl”. Det gjorde det mere legitimt for os også at lave fejl."
                        + " Og folk respekterede, at vi kom til at lave fejl, og når man så inviterede dem ind, så blev"
                        + " det også taget godt imod.");
        assertTrue(quoteAt(212).text().contains("ala ”vi ved det ikke endnu, men vi er i gang med at undersøge”."));
    }

    @Test
    void everyQuoteHasOneOfFifteenRoles() {
        List<RawItem> quotes = ofKind(ItemKind.QUOTE);
        // 26 lines open with ” or " (grep '^[”"]'), each followed by a "– …" line.
        assertEquals(26, quotes.size());
        Set<String> roles = quotes.stream().map(q -> q.speaker().role()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("fagdirektør, sundhedsområdet",
                "decentral leder, børne-, unge- og folkeskoleområdet", "centerchef, socialområdet", "sekretariatschef",
                "kommunaldirektør", "fagdirektør, beskæftigelsesområdet",
                "fagdirektør, børne-, unge- og folkeskoleområdet", "kommunikationschef",
                "decentral leder, beskæftigelsesområdet", "HR-chef", "centerchef, børne-, unge- og folkeskoleområdet",
                "decentral leder, sundhedsområdet", "decentral leder, sundheds- og ældreområdet",
                "centerchef, teknik- og miljøområdet", "centerchef, beskæftigelsesområdet")), roles);
        assertTrue(quotes.stream().allMatch(q -> q.speaker().person() == null && q.speaker().organisation() == null));
        // "sekretariatschef" speaks three times (127, 194, 212), as does "kommunaldirektør" (172, 323, 351).
        assertEquals(3, quotes.stream().filter(q -> q.speaker().role().equals("sekretariatschef")).count());
    }

    @Test
    void attributionLinesBelongToTheirQuoteAndAreNoItems() {
        List<Integer> attributions = IntStream.rangeClosed(1, document.lineCount())
                .filter(n -> document.line(n).startsWith("– ")).boxed().toList();
        assertEquals(26, attributions.size());
        for (int line : attributions) {
            RawItem owner = sink.items().stream().filter(i -> i.lines().contains(line)).findFirst().orElseThrow();
            assertEquals(ItemKind.QUOTE, owner.kind(), "line " + line);
            assertEquals(line, owner.lines().get(owner.lines().size() - 1), "line " + line);
        }
        assertTrue(sink.items().stream().noneMatch(i -> i.text().startsWith("–")));
    }

    @Test
    void everyNonBlankLineIsAccountedFor() {
        List<Integer> unaccounted = IntStream.rangeClosed(1, document.lineCount())
                .filter(n -> !document.isBlank(n) && !sink.roles().containsKey(n)).boxed().toList();
        assertEquals(List.of(), unaccounted);
        assertEquals(List.of(), sink.warnings());
    }

    @Test
    void headingsAndFurnitureAreWhereTheTextHasThem() {
        // Title lines 3, 5, 7, "INDHOLD" 9, then the 7 chapters and 26 sub-headings, and the 8 one-sentence
        // lead-ins of lists (72, 157, 248, 375, 387, 400, 413, 429), context like a heading.
        List<Integer> headings = List.of(3, 5, 7, 9, 32, 50, 70, 72, 77, 85, 113, 117, 135, 139, 151, 155, 157, 166,
                182, 200, 218, 232, 246, 248, 253, 287, 309, 319, 339, 361, 367, 373, 375, 385, 387, 398, 400, 411,
                413, 427, 429, 441, 451, 455, 469);
        assertEquals(headings, linesWith(LineRole.HEADING));
        // Table of contents 11–30, address block 478–485, production number 487.
        List<Integer> furniture = new java.util.ArrayList<>(IntStream.rangeClosed(11, 30).boxed().toList());
        furniture.addAll(IntStream.rangeClosed(478, 485).boxed().toList());
        furniture.add(487);
        assertEquals(furniture, linesWith(LineRole.FURNITURE));
    }

    @Test
    void piecesBrokenByABlankLineAreJoined() {
        assertEquals(List.of(56, 58), itemAt(56).lines());
        assertTrue(itemAt(56).text().contains("fremsendt refleksionsspørgsmål og information"));
        assertEquals(List.of(184, 186), itemAt(184).lines());
        assertTrue(itemAt(184).text().contains("og en udstrakt forståelse for"));
        assertEquals(List.of(208, 210), itemAt(208).lines());
        assertEquals(List.of(255, 257), itemAt(255).lines());
        assertEquals(List.of(402, 404), itemAt(402).lines());
        assertTrue(itemAt(402).text().startsWith("Det direkte og ikke-formaliserede samarbejde"));
        assertTrue(itemAt(402).text().contains("det tværkommunale samarbejde omkring akuthospitalerne blev intensiveret."));
        assertEquals(List.of(419, 422), itemAt(419).lines());
        assertTrue(itemAt(419).text().contains("blev afleveret lige uden for indgangen"));
    }

    @Test
    void bulletsAreObservationsOrDiscussionQuestions() {
        RawItem bullet = itemAt(251);
        assertEquals(new RawItem("Organisation", ItemKind.OBSERVATION, "Tværgående samarbejde var altafgørende.", null,
                List.of(251)), bullet);
        assertEquals(new RawItem("Socialområdet", ItemKind.OBSERVATION,
                "Brugen af magtanvendelser faldt visse steder under nedlukningen.", null, List.of(383)), itemAt(383));
        assertEquals(new RawItem("Kriseberedskabet og kriseledelsen", ItemKind.QUESTION,
                "Hvilke erfaringer i forhold til kriseberedskabet og kriseledelsen kan med fordel fastholdes til"
                        + " fremtidige kriser - og er der forhold, som allerede nu skal gennemtænkes, udvikles eller"
                        + " implementeres som grundforudsætninger for en ny krise?", null, List.of(453), 0,
                KindBy.HEADING), itemAt(453));
        // a question that ends in a colon keeps the points listed under it; none is a finding of its own
        assertEquals(new RawItem("Udviklingen af den kommunale arbejdsplads", ItemKind.QUESTION,
                "Hvad giver erfaringerne fra Coronakrisen anledning til at drøfte og afklare lokalt i forhold til:"
                        + " Hjemmearbejde; Virtuelle møde- og arbejdsformer; Arbejdsmiljø (fx hygiejne, mental sundhed).",
                null, List.of(471, 472, 473, 474), 0, KindBy.HEADING), itemAt(471));
        assertEquals(0, sink.items().stream().filter(i -> i.line() == 472).count());
        RawItem points = itemAt(458);
        assertEquals(ItemKind.QUESTION, points.kind());
        assertEquals(458, points.line());
        assertEquals(467, points.lineTo());
        assertTrue(points.text().contains("; Kommunikationen i organisationen – hvem, hvornår, hvordan?; Beslutningsprocesser;"),
                points.text());
        assertEquals(new RawItem("GRUNDFORUDSÆTNINGERNE", ItemKind.OBSERVATION,
                "En stærk grundfaglighed, motivation og stabilitet blandt de kommunale ledere og medarbejdere", null,
                List.of(75)), itemAt(75));
    }

    @Test
    void proseIsObservationInItsSection() {
        RawItem prose = itemAt(365);
        assertEquals("Den demokratiske samtale blev nytænkt med teknologierne", prose.section());
        assertEquals(ItemKind.OBSERVATION, prose.kind());
        assertEquals("At kommunerne har taget et digitalt kvantespring har skabt grundlag for den fortsatte"
                + " digitalisering.", prose.text());
        assertNull(prose.speaker());
        // Prose in the closing chapter stays an observation; only its bullets are questions.
        assertEquals(ItemKind.OBSERVATION, itemAt(447).kind());
        assertFalse(sink.items().stream().anyMatch(i -> i.text().startsWith("- ") || i.text().startsWith("”")));
    }

    private void assertQuote(int line, String role, String text) {
        RawItem quote = quoteAt(line);
        assertEquals(Speaker.role(role), quote.speaker());
        assertEquals(text, quote.text());
        assertEquals(List.of(line, line + 2), quote.lines());
    }

    private static RawItem quoteAt(int line) {
        RawItem item = itemAt(line);
        assertEquals(ItemKind.QUOTE, item.kind(), "line " + line);
        return item;
    }

    private static RawItem itemAt(int line) {
        return sink.items().stream().filter(i -> i.line() == line).findFirst()
                .orElseThrow(() -> new AssertionError("no item at line " + line));
    }

    private static List<RawItem> ofKind(ItemKind kind) {
        return sink.items().stream().filter(i -> i.kind() == kind).toList();
    }

    private static List<Integer> linesWith(LineRole role) {
        return sink.roles().entrySet().stream().filter(e -> e.getValue() == role).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** The capitalised chapter heading above an item, found from the heading lines. */
    private String chapter(RawItem item) {
        return linesWith(LineRole.HEADING).stream().filter(n -> n < item.line())
                .map(n -> document.line(n).strip()).filter(KlReportTest::isCapitals)
                .reduce((first, second) -> second).orElseThrow();
    }

    private static boolean isCapitals(String text) {
        return text.codePoints().filter(Character::isLetter).count() >= 2
                && text.equals(text.toUpperCase(java.util.Locale.ROOT));
    }

    /** Counts as "o13 q3": observations, quotes, recommendations, per key. */
    private static NavigableMap<String, String> countsBy(java.util.function.Function<RawItem, String> key) {
        Map<String, List<RawItem>> groups = sink.items().stream().collect(Collectors.groupingBy(key));
        NavigableMap<String, String> out = new TreeMap<>();
        groups.forEach((k, items) -> out.put(k, summary(items)));
        return out;
    }

    private static String summary(List<RawItem> items) {
        StringBuilder out = new StringBuilder();
        for (ItemKind kind : List.of(ItemKind.OBSERVATION, ItemKind.QUOTE, ItemKind.RECOMMENDATION,
                ItemKind.QUESTION)) {
            long n = items.stream().filter(i -> i.kind() == kind).count();
            if (n > 0) {
                char letter = kind == ItemKind.QUESTION ? '?' : kind.id().charAt(0);
                out.append(out.length() == 0 ? "" : " ").append(letter).append(n);
            }
        }
        return out.toString();
    }
}
