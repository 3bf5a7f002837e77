package dk.erfaringsgraf.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeCaseTemplateTest {

    private static final Document DOC = CorpusFiles.document(CorpusFiles.NORDDJURS);

    private static List<RawItem> items() {
        ParseSink sink = new ParseSink();
        new CommitteeCaseTemplate().parse(DOC, sink);
        return sink.items();
    }

    private static List<RawItem> ofKind(ItemKind kind) {
        return items().stream().filter(i -> i.kind() == kind).toList();
    }

    @Test
    void theThreeStrategicTracksAreRecommendations() {
        // Lines 47-53: "… tre spor: 1) … : 2) … : 3) …" inside one paragraph.
        List<String> tracks = ofKind(ItemKind.RECOMMENDATION).stream()
                .filter(i -> i.line() >= 43 && i.line() <= 53).map(RawItem::text).toList();
        assertEquals(List.of(
                "Dynamisk ledelse på distancen, fokus på kerneopgaven og afskaffelse af unødige bindinger",
                "Tværgående samarbejde, kollegial sparring, trivsel og sammenhængskraft",
                "Digitale samarbejdsformer, inddragelse og kommunikation"), tracks);
    }

    @Test
    void theSevenForwardLookingThemesAreRecommendations() {
        // Lines 98-122: the group's themes, listed after "…omkring i organisationen:" (line 94).
        List<RawItem> themes = ofKind(ItemKind.RECOMMENDATION).stream().filter(i -> i.line() >= 98).toList();
        assertEquals(List.of(98, 102, 104, 108, 112, 116, 118), themes.stream().map(RawItem::line).toList());
        assertEquals("Det rette miks mellem fysiske og digitale møder kan øge fleksibiliteten og effektiviteten.",
                themes.get(1).text());
        assertEquals(10, ofKind(ItemKind.RECOMMENDATION).size());
    }

    @Test
    void caseTextIsObservationsBySection() {
        List<RawItem> observations = ofKind(ItemKind.OBSERVATION);
        // 6 case-text paragraphs (11, 19, 43 the track lead, 57, 78, 123), the note (143) and its 3 listed
        // notes, and one
        // paragraph each under Økonomiske konsekvenser, Indstilling and Beslutning.
        assertEquals(13, observations.size());
        RawItem lead = observations.stream().filter(i -> i.line() == 43).findFirst().orElseThrow();
        assertTrue(lead.text().endsWith("med udgangspunkt i tre spor:"), lead.text());
        assertEquals("Ingen", observations.stream().filter(i -> i.section().equals("Økonomiske konsekvenser"))
                .findFirst().orElseThrow().text());
        assertEquals("Tiltrådt.", observations.stream()
                .filter(i -> i.section().equals("Beslutning i Økonomiudvalget den 09-11-2021"))
                .findFirst().orElseThrow().text());
        assertEquals(4, observations.stream()
                .filter(i -> i.section().equals("Sammenhæng til andre politikker/strategier og fagområder")).count());
    }

    @Test
    void caseMetadataIsFurnitureAndEveryLineIsAccountedFor() {
        ParseSink sink = new ParseSink();
        new CommitteeCaseTemplate().parse(DOC, sink);
        Coverage coverage = Coverage.of(DOC, sink.roles());
        assertEquals(List.of(), coverage.unaccounted());
        // "ØK, KB" (routing) and "Steen Jensen (Løsgænger)" (absentee) are not findings.
        assertEquals(2, coverage.furniture());
        assertEquals(9, coverage.headings());
        assertTrue(items().stream().noneMatch(i -> i.text().contains("Løsgænger")));
    }

    @Test
    void fitsOnlyTheCommitteeCase() {
        assertEquals(1.0, new CommitteeCaseTemplate().fit(DOC));
        for (String other : List.of(CorpusFiles.SOROE, CorpusFiles.SOROE_PDF, CorpusFiles.KL, CorpusFiles.KOMDIR)) {
            assertTrue(new CommitteeCaseTemplate().fit(CorpusFiles.document(other)) < Template.MIN_FIT, other);
        }
    }
}
