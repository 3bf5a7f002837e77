package dk.erfaringsgraf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.Extraction;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.Rendition;
import dk.erfaringsgraf.extract.SourceExtraction;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole extract + coding pipeline on the bundled corpus. */
class AppTest {

    private static Extraction.Result result;
    private static List<Item> items;

    @BeforeAll
    static void extract() {
        App app = new App(Config.defaults());
        result = app.extract(line -> { });
        items = app.code(result);
    }

    private static Set<String> sourcesWith(java.util.function.Predicate<Item> p) {
        return items.stream().filter(p).map(Item::source).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void fiveFilesAreFourSourcesAndTheSoroePairIsOneWithTwoRenditions() {
        assertEquals(List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"),
                result.sources().stream().map(SourceExtraction::id).toList());
        SourceExtraction soroe = result.sources().get(3);
        List<Rendition> renditions = soroe.renditions();
        assertEquals("soroe-laering-og-erfaring-2020.txt", renditions.get(0).file());
        assertEquals("soroe-laering-og-erfaring-2020-pdf.txt", renditions.get(1).file());
        assertTrue(renditions.get(1).similarity() > 0.9, "similarity " + renditions.get(1).similarity());
        // Both renditions read 386 items; every PDF item matched a clean one, so each appears once.
        assertEquals(386, renditions.get(1).itemsRead());
        assertEquals(386, soroe.duplicatesDropped());
        assertEquals(386, soroe.items().size());
    }

    @Test
    void itemCountsPerSourceAndKind() {
        Map<String, Map<ItemKind, Long>> counts = items.stream().collect(Collectors.groupingBy(Item::source,
                Collectors.groupingBy(Item::kind, Collectors.counting())));
        assertEquals(Map.of(ItemKind.OPPORTUNITY, 85L, ItemKind.CHALLENGE, 74L, ItemKind.RECOMMENDATION, 68L,
                ItemKind.QUESTION, 1L, ItemKind.OBSERVATION, 10L, ItemKind.QUOTE, 148L), counts.get("soroe-2020"));
        // every source has typed findings now, not only Sorø
        assertEquals(Map.of(ItemKind.OPPORTUNITY, 68L, ItemKind.CHALLENGE, 8L, ItemKind.RECOMMENDATION, 6L,
                ItemKind.QUESTION, 4L, ItemKind.OBSERVATION, 49L, ItemKind.QUOTE, 26L), counts.get("kl-2020"));
        assertEquals(Map.of(ItemKind.OPPORTUNITY, 25L, ItemKind.CHALLENGE, 2L, ItemKind.RECOMMENDATION, 16L,
                ItemKind.QUESTION, 2L, ItemKind.OBSERVATION, 14L, ItemKind.QUOTE, 46L), counts.get("komdir-2020"));
        assertEquals(Map.of(ItemKind.OPPORTUNITY, 4L, ItemKind.RECOMMENDATION, 10L, ItemKind.OBSERVATION, 7L),
                counts.get("norddjurs-2021"));
        // Sorø keeps the kinds its own labels give: 62 opportunities, 70 challenges, 53 ideas
        Map<ItemKind, Long> structural = items.stream()
                .filter(i -> i.source().equals("soroe-2020") && i.kindBy() == dk.erfaringsgraf.extract.KindBy.LABEL)
                .collect(Collectors.groupingBy(Item::kind, Collectors.counting()));
        assertEquals(Map.of(ItemKind.OPPORTUNITY, 62L, ItemKind.CHALLENGE, 70L, ItemKind.RECOMMENDATION, 53L),
                structural);
    }

    @Test
    void everyNonBlankLineOfEveryFileIsAccountedFor() {
        result.files().forEach(f -> assertEquals(List.of(), f.coverage().unaccounted(), f.file()));
        assertEquals(List.of(), result.failures());
    }

    @Test
    void technologyDigitalisationAndTheDigitalDynamoMeetInOneTheme() {
        for (String section : List.of("Teknologi", "Digitalisering", "CORONAKRISEN – DEN DIGITALE DYNAMO")) {
            List<Item> inSection = items.stream().filter(i -> section.equals(i.section())).toList();
            assertTrue(inSection.size() >= 4, section + " has " + inSection.size() + " items");
            assertTrue(inSection.stream().allMatch(i -> i.themes().contains("digitalisering")), section);
        }
        assertEquals(Set.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"),
                sourcesWith(i -> i.themes().contains("digitalisering")));
    }

    @Test
    void theNamedActorsAreFoundWhereTheTextsMentionThem() {
        List<Item> coronaGroup = items.stream().filter(i -> i.actors().contains("corona-gruppe")).toList();
        assertEquals(9, coronaGroup.size());
        assertTrue(coronaGroup.stream().anyMatch(i -> i.kind() == ItemKind.QUOTE
                && i.text().startsWith("Det viser sig for mig at være en genialitet, at vi fik nedsat den Corona-gruppe.")));
        assertEquals(Set.of("kl-2020", "komdir-2020", "soroe-2020"), sourcesWith(i -> i.actors().contains("kriseberedskab")));
        assertTrue(items.stream().anyMatch(i -> i.actors().contains("jobbanken") && i.kind() == ItemKind.CHALLENGE
                && i.text().startsWith("Jobbanken fungerede ikke optimalt")));
    }

    @Test
    void jobbankensChapterMentionsJobbankenInEveryItemAndTellsHow() {
        // Sorø's "Jobbanken – udsendte medarbejdere": 16 items, 6 of them quotes. Three name Jobbanken themselves
        // (lines 747, 756, 765); the other 13, all six quotes among them, mention it by their section.
        List<Item> chapter = items.stream().filter(i -> "Jobbanken – udsendte medarbejdere".equals(i.section())).toList();
        assertEquals(16, chapter.size());
        assertEquals(List.of(747, 756, 765), chapter.stream().filter(i -> i.actors().contains("jobbanken"))
                .map(Item::line).toList());
        List<Item> bySection = chapter.stream().filter(i -> i.actorsBySection().contains("jobbanken")).toList();
        assertEquals(13, bySection.size());
        assertEquals(6, bySection.stream().filter(i -> i.kind() == ItemKind.QUOTE).count());
        assertTrue(bySection.stream().noneMatch(i -> i.actors().contains("jobbanken")), "never both text and section");
        // In the whole corpus four section titles name an actor: 23 items mention one by section only.
        assertEquals(23, items.stream().mapToInt(i -> i.actorsBySection().size()).sum());
    }

    @Test
    void quotesKeepWhoSaidThem() {
        Item kjaer = items.stream().filter(i -> i.speaker() != null && "Søren S. Kjær".equals(i.speaker().person())
                && i.line() == 708).findFirst().orElseThrow();
        assertTrue(kjaer.text().startsWith("Jeg vil gerne fastholde det gode, tillidsfulde samarbejde"));
        assertEquals(3, items.stream().filter(i -> i.speaker() != null && "kommunaldirektør".equals(i.speaker().role()))
                .count());
        assertEquals(26, items.stream().filter(i -> i.source().equals("komdir-2020") && i.speaker() != null).count());
    }
}
