package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /api/node/{type}/{key}: the detail panel's data, checked against what the reports say. */
class NodeApiIT {

    @Test
    void coronaGruppeIsSoroesAndItsQuotesSayWhy() {
        JsonNode d = Api.get("/api/node/actor/corona-gruppe");
        assertEquals("actor:corona-gruppe", d.get("node").get("id").asText());
        JsonNode byKind = d.get("counts").get("byKind");
        assertEquals(2, byKind.get("opportunity").asInt());
        assertEquals(1, byKind.get("challenge").asInt());
        assertEquals(1, byKind.get("recommendation").asInt());
        assertEquals(2, byKind.get("observation").asInt());
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
    void namedKomdirQuotesCarryTheirSpeakers() {
        JsonNode d = Api.get("/api/node/source/komdir-2020");
        assertEquals(100, d.get("findings").size() + d.get("quotes").size());
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
        assertEquals(135, d.get("findings").size() + d.get("quotes").size(), "29 KL + 41 komdir + 6 Norddjurs + 59 Sorø");
        assertEquals(19, d.get("recommendations").size());
        JsonNode equipment = Api.find(d.get("recommendations"), "id", "soroe-2020:281");
        assertTrue(equipment.get("text").asText().startsWith("Vi skal have det rette udstyr til alle"));
        assertEquals(List.of("soroe-2020:274", "soroe-2020:276", "soroe-2020:277"), Api.texts(equipment.get("addresses"), "id"));
        assertEquals(12, d.get("echoes").size());
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
