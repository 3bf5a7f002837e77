package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.ItemKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Echoes on the bundled corpus at the default parameters, and the parameters' validation. */
class EchoFinderTest {

    private static List<Item> items;
    private static List<Echo> echoes;

    @BeforeAll
    static void findEchoes() {
        App app = new App(Config.defaults());
        items = app.code(app.extract(line -> { }));
        echoes = new EchoFinder().find(items);
    }

    private static Optional<Echo> echo(String from, String to) {
        return echoes.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst();
    }

    private static String source(String id) {
        return id.substring(0, id.indexOf(':'));
    }

    @Test
    void soroeOnVirtualMeetingsEchoesKlOnBodyLanguage() {
        // Sorø 332: "Virtuelle møder er ikke optimale ved svære samtaler, ... tolke kropssprog."
        // KL 351: "... nogle opgaver er bare ikke til det virtuelle, der skal man ... kunne for nemme kropssprog".
        Echo echo = echo("kl-2020:351", "soroe-2020:332").orElseThrow();
        // the words as the texts write them, not the stems "kropssprog", "virtuel"
        assertEquals(List.of("kropssprog", "virtuelle"), echo.terms());
        // Cosine 0.2 raised by half the themes shared (KL: digitalisering + virtuelle-moeder, Sorø: the latter).
        assertEquals(0.200, echo.cosine(), 0.001);
        assertEquals(1.5, echo.themeFactor(), 1e-9);
        assertEquals(0.300, echo.similarity(), 0.001);
    }

    @Test
    void thirtySixEchoesAtTheDefaults() {
        // 33 of items with five terms or more; three more now that short statements take part
        assertEquals(36, echoes.size());
        // the strongest is now one sentence split off a paragraph: Sorø's "Til gengæld har de mere sårbare
        // borgere været endnu mere udsatte" (92b) against Norddjurs' attention to "udsatte og sårbare borgere"
        Echo strongest = echoes.get(0);
        assertEquals("norddjurs-2021:112", strongest.from());
        assertEquals("soroe-2020:92b", strongest.to());
        assertEquals(List.of("borgere", "sårbare", "udsatte"), strongest.terms().stream().sorted().toList());
        // digital talks helped vulnerable young people / they struggle online: a contrast, not the same point
        assertEquals(EchoRelation.Relation.CONTRASTS, echo("komdir-2020:226", "soroe-2020:460").orElseThrow().relation());
    }

    @Test
    void shortStatementsEchoButBareHeadingsDoNot() {
        // KL 251 "Tværgående samarbejde var altafgørende." has three terms and a verb: it takes part
        assertTrue(echo("kl-2020:251", "norddjurs-2021:49").isPresent());
        // KL 161 "Kontinuerlig og klar kommunikation" is a heading: it never echoes
        assertTrue(echoes.stream().noneMatch(e -> e.from().equals("kl-2020:161") || e.to().equals("kl-2020:161")));
        assertTrue(BareHeadings.isHeading("Tillid og fagligt rum"));
        assertFalse(BareHeadings.isHeading("Klare og tydelige retningslinjer for hjemmearbejde."));
        assertFalse(BareHeadings.isHeading("Lederforum den 28. maj fungerede fint"));
        assertFalse(BareHeadings.isHeading("De svære samtaler kan ikke gennemføres online"));
    }

    @Test
    void knownSamePointEchoesAreFound() {
        // Above the threshold; KL 105 / Sorø 241 (sick leave fell) is a true echo just below it (0.267).
        assertTrue(echo("kl-2020:349", "soroe-2020:343").isPresent(), "effective meetings with a clear agenda");
        assertTrue(echo("kl-2020:341", "soroe-2020:323").isPresent(), "virtual meetings are shorter, save time");
        assertTrue(echo("komdir-2020:515", "soroe-2020:564").isPresent(), "trust and self-management confirmed");
    }

    @Test
    void echoesJoinDifferentSourcesInIdOrder() {
        for (Echo e : echoes) {
            assertNotEquals(source(e.from()), source(e.to()), e.toString());
            assertTrue(e.from().compareTo(e.to()) < 0, e.toString());
            assertTrue(e.terms().size() >= EchoFinder.DEFAULT_MIN_SHARED_TERMS, e.toString());
            assertEquals(Math.min(1, e.cosine() * e.themeFactor()), e.similarity(), 1e-12, e.toString());
            assertTrue(e.similarity() >= EchoFinder.DEFAULT_THRESHOLD && e.similarity() <= 1, e.toString());
        }
    }

    @Test
    void noItemHasMoreThanTwoEchoes() {
        Map<String, Long> perItem = echoes.stream().flatMap(e -> Stream.of(e.from(), e.to()))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertEquals(2L, perItem.values().stream().mapToLong(Long::longValue).max().orElseThrow());
        // soroe-2020:372 ("Udelivet i dagtilbud og skole ...") reaches the cap with two KL items.
        assertEquals(2L, perItem.get("soroe-2020:372"));
    }

    @Test
    void outputIsSortedAndTheSameOnEveryRun() {
        assertEquals(echoes, new EchoFinder().find(items));
        for (int i = 1; i < echoes.size(); i++) {
            assertTrue(echoes.get(i - 1).similarity() >= echoes.get(i).similarity(), "order at " + i);
        }
    }

    @Test
    void itemsOfOneSourceNeverEcho() {
        Item a = item("kl-2020", 10, "Sygefraværet faldt markant under krisen blandt alle medarbejdere i driften.");
        Item b = item("kl-2020", 20, "Sygefraværet faldt markant under krisen blandt alle medarbejdere i driften.");
        Item c = item("soroe-2020", 30, "Sygefraværet faldt markant under krisen blandt alle medarbejdere i driften.");
        Item d = item("komdir-2020", 40, "Borgerne ventede længe på svar om hjælpemidler og genoptræning.");
        // a and b are identical but of one source; c echoes both; d shares nothing and keeps the idf above 0.
        List<Echo> found = new EchoFinder(0.5, 2, 5, 5, 0).find(List.of(a, b, c, d));
        assertEquals(List.of("kl-2020:10 soroe-2020:30", "kl-2020:20 soroe-2020:30"),
                found.stream().map(e -> e.from() + " " + e.to()).toList());
        assertEquals(1.0, found.get(0).similarity(), 1e-9);
    }

    @Test
    void itemIdsAreSourceAndLineWithASuffixForASharedLine() {
        List<String> ids = ItemIds.of(List.of(item("kl-2020", 7, "x"), item("kl-2020", 7, "y"),
                item("soroe-2020", 7, "z")));
        assertEquals(List.of("kl-2020:7", "kl-2020:7b", "soroe-2020:7"), ids);
        // A paragraph split where a sentence turns gives two items on one line: KL 222 (flexibility, but worried
        // staff) is kl-2020:222 and kl-2020:222b; every id is unique.
        List<String> corpus = ItemIds.of(items);
        assertTrue(corpus.contains("kl-2020:222") && corpus.contains("kl-2020:222b"), corpus.toString());
        assertEquals(corpus.size(), new java.util.HashSet<>(corpus).size());
    }

    @Test
    void invalidParametersAreNamed() {
        assertMessage("threshold must be in (0, 1], got 0.0", () -> new EchoFinder(0, 2, 5, 2, 1));
        assertMessage("threshold must be in (0, 1], got 1.5", () -> new EchoFinder(1.5, 2, 5, 2, 1));
        assertMessage("threshold must be in (0, 1], got NaN", () -> new EchoFinder(Double.NaN, 2, 5, 2, 1));
        assertMessage("minSharedTerms must be at least 1, got 0", () -> new EchoFinder(0.3, 0, 5, 2, 1));
        assertMessage("minItemTerms must be at least 1, got -1", () -> new EchoFinder(0.3, 2, -1, 2, 1));
        assertMessage("maxPerItem must be at least 1, got 0", () -> new EchoFinder(0.3, 2, 5, 0, 1));
        assertMessage("themeBoost must be finite and at least 0, got -0.5", () -> new EchoFinder(0.3, 2, 5, 2, -0.5));
        assertMessage("themeBoost must be finite and at least 0, got Infinity",
                () -> new EchoFinder(0.3, 2, 5, 2, Double.POSITIVE_INFINITY));
    }

    private static void assertMessage(String message, Runnable construction) {
        assertEquals(message, assertThrows(IllegalArgumentException.class, construction::run).getMessage());
    }

    private static Item item(String source, int line, String text) {
        return new Item(source, source + ".txt", "Afsnit", ItemKind.OBSERVATION, dk.erfaringsgraf.extract.KindBy.DEFAULT, text, null, List.of(), List.of(), List.of(),
                line, line, 0, List.of());
    }
}
