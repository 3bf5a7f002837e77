package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /api/node/{type}/{key}: the detail panel's data, checked against what the reports say. */
class NodeApiIT {

    @Test
    void coronaGruppeIsSoroesAndItsQuotesSayWhy() {
        JsonNode d = Api.get("/api/node/actor/corona-gruppe");
        assertEquals("actor:corona-gruppe", d.get("node").get("id").asText());
        JsonNode byKind = d.get("counts").get("byKind");
        assertEquals(3, byKind.get("opportunity").asInt());
        assertEquals(1, byKind.get("challenge").asInt());
        assertEquals(2, byKind.get("recommendation").asInt());
        assertEquals(0, byKind.path("observation").asInt());
        assertEquals(3, byKind.get("quote").asInt());
        assertEquals(9, d.get("counts").get("bySource").get("soroe-2020").asInt());
        assertEquals(1, d.get("counts").get("bySource").size());
        assertEquals(6, d.get("findings").size());
        assertEquals(3, d.get("quotes").size());
        JsonNode first = d.get("quotes").get(0);
        assertEquals("soroe-2020:171", first.get("id").asText());
        assertTrue(first.get("text").asText().startsWith("Det viser sig for mig at være en genialitet, at vi fik nedsat den Corona-gruppe."));
        assertEquals("Tværgående samarbejde og opgavefællesskab", first.get("section").asText());
        assertEquals("theme:krisehaandtering", d.get("neighbours").get(0).get("id").asText(),
                "all nine Corona-gruppe items are about crisis management");
        assertEquals(9, d.get("neighbours").get(0).get("weight").asInt());
    }

    @Test
    void jobbankenShowsTheQuotesOfItsChapterMarkedBySection() {
        // Issue 10: the chapter "Jobbanken – udsendte medarbejdere" has 16 items and 6 quotes, yet the node showed
        // "Citater 0". None of the six says "Jobbank": they mention it by their section.
        JsonNode d = Api.get("/api/node/actor/jobbanken");
        assertEquals(21, d.get("node").get("items").asInt(), "8 by text + 13 by section");
        assertEquals(6, d.get("counts").get("byKind").get("quote").asInt());
        assertEquals(6, d.get("quotes").size());
        assertEquals(8, d.get("counts").get("byMention").get("text").asInt());
        assertEquals(13, d.get("counts").get("byMention").get("section").asInt());
        assertEquals(List.of("soroe-2020:769", "soroe-2020:772", "soroe-2020:774", "soroe-2020:776", "soroe-2020:778",
                "soroe-2020:780"), Api.texts(d.get("quotes"), "id"));
        for (JsonNode q : d.get("quotes")) {
            assertEquals("Jobbanken – udsendte medarbejdere", q.get("section").asText());
            assertEquals(List.of("jobbanken"), Api.texts(q.get("actorsBySection")), q.get("id").asText());
            assertTrue(!Api.texts(q.get("actors")).contains("jobbanken"));
        }
        // Of its 15 findings, the chapter's challenge at line 756 names Jobbanken itself.
        assertEquals(15, d.get("findings").size());
        JsonNode named = Api.find(d.get("findings"), "id", "soroe-2020:756");
        assertEquals(List.of("jobbanken"), Api.texts(named.get("actors")));
        assertEquals(List.of(), Api.texts(named.get("actorsBySection")));
        // Links are by the items' own words only: its strongest neighbour is still the jobbank theme, with the 8.
        assertEquals("theme:jobbank-udlaan", d.get("neighbours").get(0).get("id").asText());
        assertEquals(8, d.get("neighbours").get(0).get("weight").asInt());
        // A theme's and a source's counts do not split by mention.
        assertTrue(Api.get("/api/node/theme/jobbank-udlaan").get("counts").get("byMention") == null);
    }

    @Test
    void namedKomdirQuotesCarryTheirSpeakers() {
        JsonNode d = Api.get("/api/node/source/komdir-2020");
        assertEquals(105, d.get("findings").size() + d.get("quotes").size());
        assertEquals(46, d.get("quotes").size());
        JsonNode salamon = Api.find(d.get("quotes"), "id", "komdir-2020:136");
        assertTrue(salamon.get("text").asText().startsWith("Min borgmester har tidligere været leder i IBM."));
        JsonNode speaker = salamon.get("speakers").get(0);
        assertEquals("Pernille Salamon", speaker.get("name").asText());
        assertEquals("person", speaker.get("type").asText());
    }

    @Test
    void themeDetailHasRecommendationsWithTheChallengesTheyAddressAndEchoes() {
        JsonNode d = Api.get("/api/node/theme/digitalisering");
        assertEquals(140, d.get("findings").size() + d.get("quotes").size(), "30 KL + 44 komdir + 6 Norddjurs + 60 Sorø");
        assertEquals(25, d.get("recommendations").size());
        JsonNode equipment = Api.find(d.get("recommendations"), "id", "soroe-2020:281");
        assertTrue(equipment.get("text").asText().startsWith("Vi skal have det rette udstyr til alle"));
        assertEquals(List.of("soroe-2020:274", "soroe-2020:276", "soroe-2020:277"), Api.texts(equipment.get("addresses"), "id"));
        assertEquals(14, d.get("echoes").size());
        d.get("echoes").forEach(e -> assertTrue(Set.of("agrees", "contrasts", "related")
                .contains(e.get("relation").asText()), e.toString()));
        d.get("echoes").forEach(e -> assertTrue(!e.get("a").get("source").equals(e.get("b").get("source"))));
    }

    @Test
    void unknownIdIs404AndUnknownTypeIs400() {
        JsonNode missing = Api.getError(404, "/api/node/theme/nope");
        assertEquals("not_found", missing.get("error").asText());
        assertEquals("key", missing.get("parameter").asText());
        assertEquals("No theme with id 'nope'", missing.get("message").asText());
        assertEquals("type", Api.getError(400, "/api/node/person/x").get("parameter").asText());
    }
}
