package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.testing.WebFixture;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /api/matrix, /api/tables (JSON, CSV and XLSX downloads) and the query library /api/queries. */
class TableApiIT {

    @Test
    void matrixHasEveryThemeTimesFourSources() {
        JsonNode all = Api.get("/api/matrix");
        List<String> sources = new ArrayList<>();
        all.get("sources").forEach(s -> sources.add(s.asText()));
        assertEquals(List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"), sources);
        assertEquals(27, all.get("themes").size());
        assertEquals(108, all.get("cells").size());
        assertEquals(List.of(30L, 44L, 6L, 60L), cells(all, "digitalisering"));
        assertEquals(List.of(3L, 0L, 0L, 13L), cells(Api.get("/api/matrix?kind=challenge"), "digitalisering"),
                "KL's challenges are typed by their words now; Sorø lists its own");
        assertEquals("kind", Api.getError(400, "/api/matrix?kind=ideas").get("parameter").asText());
    }

    /**
     * Share and residual on the corpus (the same figures as the theme-source-residuals table, checked with
     * src/test/scripts/check-comparisons.py): Sorø says most about digitalisation in numbers (60) but least in proportion.
     */
    @Test
    void matrixMeasuresShareAndResidual() {
        JsonNode share = Api.get("/api/matrix?measure=share");
        assertEquals("share", share.get("measure").asText());
        assertEquals(List.of(151L, 101L, 20L, 379L), List.of(share.get("themedItems").get("kl-2020").asLong(),
                share.get("themedItems").get("komdir-2020").asLong(), share.get("themedItems").get("norddjurs-2021").asLong(),
                share.get("themedItems").get("soroe-2020").asLong()));
        assertEquals(List.of(30L, 44L, 6L, 60L), cells(share, "digitalisering"));
        // 30/151, 44/101, 6/20, 60/379
        assertEquals(List.of(0.1987, 0.4356, 0.3, 0.1583), values(share, "digitalisering"));
        JsonNode residual = Api.get("/api/matrix?measure=residual");
        assertEquals(List.of(-0.5589, 5.8703, 0.9392, -4.1595), values(residual, "digitalisering"));
        // The theme Sorø over-represents most: working environment and wellbeing, 54 items where 42.5 were expected.
        JsonNode soroeTop = java.util.stream.StreamSupport.stream(residual.get("cells").spliterator(), false)
                .filter(c -> c.get("source").asText().equals("soroe-2020"))
                .max(java.util.Comparator.comparingDouble(c -> c.get("value").asDouble())).orElseThrow();
        assertEquals("arbejdsmiljoe-trivsel", soroeTop.get("theme").asText());
        assertEquals(54, soroeTop.get("items").asLong());
        assertEquals(42.4992, soroeTop.get("expected").asDouble());
        assertEquals(2.8965, soroeTop.get("value").asDouble());
        // Count stays the default; a kind narrows the bases (Norddjurs has no challenge: share undefined, null).
        assertEquals("count", Api.get("/api/matrix").get("measure").asText());
        JsonNode challenges = Api.get("/api/matrix?kind=challenge&measure=share");
        assertEquals(74, challenges.get("themedItems").get("soroe-2020").asLong());
        assertEquals(Arrays.asList(0.375, 0.0, null, 0.1757), values(challenges, "digitalisering"));
        JsonNode bad = Api.getError(400, "/api/matrix?measure=ratio");
        assertEquals("measure", bad.get("parameter").asText());
        assertEquals("Unknown measure 'ratio'; valid: count, share, residual", bad.get("message").asText());
    }

    private static List<Double> values(JsonNode matrix, String theme) {
        return java.util.stream.StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(c -> c.get("theme").asText().equals(theme))
                .map(c -> c.get("value").isNull() ? null : c.get("value").asDouble()).toList();
    }

    @Test
    void tablesAsJsonCsvAndXlsx() {
        assertEquals(8, Api.get("/api/tables").size());
        JsonNode overlap = Api.get("/api/tables/source-overlap");
        assertEquals("themeJaccard", overlap.get("columns").get(5).asText());
        JsonNode first = overlap.get("rows").get(0);
        assertEquals("kl-2020", first.get(0).asText());
        assertEquals("komdir-2020", first.get(1).asText());
        assertEquals(0.963, first.get(5).asDouble(), 1e-3);
        assertEquals("themeCosine", overlap.get("columns").get(7).asText());
        assertEquals(0.7488, first.get(7).asDouble());
        assertEquals(6, overlap.get("rows").size());

        HttpResponse<byte[]> csv = WebFixture.get().getBytes("/api/tables/theme-source?format=csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("erfaringsgraf-theme-source.csv"));
        List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).startsWith("theme,name,kl-2020 opportunities"));
        assertEquals(28, lines.size() - 1, "27 themes and the totals row");

        HttpResponse<byte[]> xlsx = WebFixture.get().getBytes("/api/tables/gaps?format=xlsx");
        assertEquals(200, xlsx.statusCode());
        assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(xlsx.body(), 2), "an XLSX file is a zip");
        assertEquals("name", Api.getError(404, "/api/tables/nope").get("parameter").asText());
        assertEquals("format", Api.getError(400, "/api/tables/gaps?format=pdf").get("parameter").asText());
    }

    @Test
    void queryLibraryWithQuestionsAndParameterExamples() {
        JsonNode library = Api.get("/api/queries");
        assertEquals(18, library.size());
        JsonNode actorItems = library.get(0);
        assertEquals("actor-items", actorItems.get("name").asText());
        assertEquals("Hvad siges der om og af en aktør i alle kilder?", actorItems.get("titleDa").asText());
        assertEquals("What is said about and by an actor, across the sources?", actorItems.get("titleEn").asText());
        assertEquals("actor", actorItems.get("params").get(0).get("name").asText());
        assertEquals("corona-gruppe", actorItems.get("params").get(0).get("example").asText());
        assertTrue(actorItems.get("notesDa").asText().startsWith("Udsagn og citater, der nævner aktøren"));
        assertTrue(actorItems.get("notesEn").asText().startsWith("Findings and quotes that mention the actor"));
        assertTrue(actorItems.get("cypher").asText().startsWith("MATCH (:Actor {id: $actor})"));
    }

    private static List<Long> cells(JsonNode matrix, String theme) {
        return java.util.stream.StreamSupport.stream(matrix.get("cells").spliterator(), false)
                .filter(c -> c.get("theme").asText().equals(theme)).map(c -> c.get("items").asLong()).toList();
    }
}
