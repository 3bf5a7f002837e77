package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.text.Similarity;
import dk.erfaringsgraf.text.Tokenizer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The clean text and the PDF extraction are renditions of one report: they must give the same items. */
class SoroeRenditionsTest {

    private static final double MIN_SIMILARITY = 0.85;

    private static final List<RawItem> CLEAN = SoroeReportTest.parse(
            new OutlineTemplate(), CorpusFiles.document(CorpusFiles.SOROE)).items();
    private static final List<RawItem> PDF = SoroeReportTest.parse(
            new OutlineTemplate(), CorpusFiles.document(CorpusFiles.SOROE_PDF)).items();

    record Pair(RawItem clean, RawItem pdf, double similarity) {
    }

    /** Chapter and kind; chapter titles compared by their letters ("Arbejds miljø" = "Arbejdsmiljø"). */
    private static String group(RawItem item) {
        return item.section().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "") + "/" + item.kind().id();
    }

    /** One-to-one matching within each group, most similar pairs first. */
    private static List<Pair> pairs() {
        Map<String, List<RawItem>> pdfByGroup = PDF.stream().collect(Collectors.groupingBy(SoroeRenditionsTest::group));
        List<Pair> pairs = new ArrayList<>();
        CLEAN.stream().collect(Collectors.groupingBy(SoroeRenditionsTest::group, LinkedHashMap::new, Collectors.toList()))
                .forEach((group, clean) -> pairs.addAll(match(clean, pdfByGroup.getOrDefault(group, List.of()))));
        return pairs;
    }

    private static List<Pair> match(List<RawItem> clean, List<RawItem> pdf) {
        List<Pair> candidates = new ArrayList<>();
        for (RawItem c : clean) {
            for (RawItem p : pdf) {
                candidates.add(new Pair(c, p, Similarity.wordDice(c.text(), p.text())));
            }
        }
        candidates.sort(Comparator.comparingDouble(Pair::similarity).reversed());
        Set<RawItem> used = new HashSet<>();
        List<Pair> chosen = new ArrayList<>();
        for (Pair pair : candidates) {
            if (!used.contains(pair.clean()) && !used.contains(pair.pdf())) {
                used.add(pair.clean());
                used.add(pair.pdf());
                chosen.add(pair);
            }
        }
        return chosen;
    }

    @Test
    void sameNumberOfItemsPerChapterAndKind() {
        Function<List<RawItem>, Map<String, Long>> counts = items -> items.stream()
                .collect(Collectors.groupingBy(SoroeRenditionsTest::group, Collectors.counting()));
        Map<String, Long> expected = new java.util.HashMap<>(counts.apply(CLEAN));
        // the one bullet the PDF's column split puts left (SoroePdfTextTest.LOST_SEAM)
        expected.merge("lokaldemokrati/opportunity", 1L, Long::sum);
        expected.merge("lokaldemokrati/challenge", -1L, Long::sum);
        assertEquals(expected, counts.apply(PDF));
        assertEquals(376, PDF.size());
    }

    @Test
    void everyItemHasASimilarCounterpartOfTheSameKindAndChapter() {
        List<Pair> pairs = pairs();
        // every clean item but the challenge whose PDF twin went to the other column (LOST_SEAM)
        assertEquals(CLEAN.size() - 1, pairs.size(), "every clean item is paired with a PDF item");
        assertEquals(List.of("Politikerne oplever, at der er kommet større politisk afstand og et politisk vakuum."),
                CLEAN.stream().filter(c -> pairs.stream().noneMatch(p -> p.clean() == c)).map(RawItem::text).toList());
        for (Pair pair : pairs) {
            assertTrue(pair.similarity() >= MIN_SIMILARITY, () -> pair.similarity() + "\n  clean: "
                    + pair.clean().text() + "\n  pdf:   " + pair.pdf().text());
            assertEquals(pair.clean().speaker(), pair.pdf().speaker(), pair.clean().text());
        }
        // the lowest: the cover quote to which the PDF adds "med jer om det." (10 shared words of 10 and 13)
        Pair lowest = pairs.stream().min(Comparator.comparingDouble(Pair::similarity)).orElseThrow();
        assertEquals(20.0 / 23, lowest.similarity(), 1e-9);
        assertEquals(List.of(24, 39), List.of(lowest.clean().line(), lowest.pdf().line()));
        // 346 of 375 pairs have the same word set; the other 29 differ by typos fixed in one rendition
        // ("Arbejds miljø", "plattform", "Frederikssens"), CO²/CO2, gruppe¹/gruppe1 and "call-centret"
        long identical = pairs.stream().filter(p -> Tokenizer.WORDS.distinct(p.clean().text())
                .equals(Tokenizer.WORDS.distinct(p.pdf().text()))).count();
        assertEquals(346, identical);
    }

    @Test
    void namedDifferencesBetweenTheRenditionsStillMatch() {
        Map<String, String> cleanToPdf = new LinkedHashMap<>();
        for (Pair pair : pairs()) {
            cleanToPdf.put(pair.clean().text(), pair.pdf().text());
        }
        String arbejdet = CLEAN.stream().filter(i -> i.text().contains("arbejdet 24/7 siden 11. marts"))
                .map(RawItem::text).findFirst().orElseThrow();
        assertTrue(cleanToPdf.get(arbejdet).contains("arbejder 24/7 siden 11. marts"));
        String roed = CLEAN.stream().filter(i -> i.text().contains("rødgældende")).map(RawItem::text)
                .findFirst().orElseThrow();
        assertTrue(Objects.requireNonNull(cleanToPdf.get(roed)).contains("rødglødende"));
    }

    @Test
    void textSimilarityIsDiceOverLowercasedWordSets() {
        assertEquals(1.0, Similarity.wordDice("Det er godt.", "det ER godt"), 1e-9);
        assertEquals(0.0, Similarity.wordDice("ja", "nej"), 1e-9);
        // {arbejds, miljø, og, trivsel} vs {arbejdsmiljø, og, trivsel}: 2·2 / 7
        assertEquals(4.0 / 7, Similarity.wordDice("Arbejds miljø og trivsel", "Arbejdsmiljø og trivsel"), 1e-9);
        assertEquals(Set.of("låne", "pc", "co2"), Tokenizer.WORDS.distinct("låne-PC, CO2 låne"));
    }
}
