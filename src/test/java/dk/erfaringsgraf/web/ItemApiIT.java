package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /api/items, /api/items/{id} and the provenance passage /api/items/{id}/context. */
class ItemApiIT {

    @Test
    void listFiltersAgreeWithTheMatrix() {
        assertEquals(60, Api.get("/api/items?theme=digitalisering&source=soroe-2020").get("total").asInt());
        JsonNode challenges = Api.get("/api/items?theme=digitalisering&source=soroe-2020&kind=challenge");
        assertEquals(13, challenges.get("total").asInt());
        challenges.get("items").forEach(i -> assertEquals("challenge", i.get("kind").asText()));
        assertEquals(9, Api.get("/api/items?actor=corona-gruppe").get("total").asInt());
        JsonNode limited = Api.get("/api/items?source=kl-2020&limit=10");
        assertEquals(161, limited.get("total").asInt());
        assertEquals(10, limited.get("items").size());
    }

    @Test
    void anItemShowsItsEchoAcrossSources() {
        JsonNode item = Api.get("/api/items/kl-2020:351");
        assertTrue(item.get("text").asText().startsWith("Vi kan komme længere ud med det virtuelle."));
        JsonNode echo = item.get("echoes").get(0);
        assertEquals("soroe-2020:332", echo.get("b").get("id").asText());
        assertEquals(0.300, echo.get("similarity").asDouble(), 1e-3);
        // the shared words as the texts write them, and what the echo is: both say virtual meetings lose body language
        assertEquals(List.of("kropssprog", "virtuelle"), List.of(echo.get("terms").get(0).asText(), echo.get("terms").get(1).asText()));
        assertEquals("related", echo.get("relation").asText());
        assertEquals(0.200, echo.get("cosine").asDouble(), 1e-3);
        assertEquals(1.5, echo.get("themeFactor").asDouble(), 1e-9);
    }

    @Test
    void anItemTellsTheActorsOfItsTextFromThoseOfItsSection() {
        // Sorø line 769, a quote in "Jobbanken – udsendte medarbejdere" that never says the word.
        JsonNode quote = Api.get("/api/items/soroe-2020:769");
        assertEquals("Jobbanken – udsendte medarbejdere", quote.get("section").asText());
        assertEquals(List.of(), Api.texts(quote.get("actors")));
        assertEquals(List.of("jobbanken"), Api.texts(quote.get("actorsBySection")));
        // KOMDIR line 634 names the chief executives; its heading "SAMSPILLET MED POLITIKERNE" the politicians.
        JsonNode komdir = Api.get("/api/items/komdir-2020:634");
        assertEquals(List.of("kommunaldirektoer"), Api.texts(komdir.get("actors")));
        assertEquals(List.of("byraad"), Api.texts(komdir.get("actorsBySection")));
        // The list filter by actor takes both: 8 items name Jobbanken, 13 more stand in its chapter.
        JsonNode jobbanken = Api.get("/api/items?actor=jobbanken");
        assertEquals(21, jobbanken.get("total").asInt());
        long bySection = 0;
        for (JsonNode i : jobbanken.get("items")) {
            bySection += Api.texts(i.get("actorsBySection")).contains("jobbanken") ? 1 : 0;
        }
        assertEquals(13, bySection);
    }

    @Test
    void aChallengeListsTheRecommendationsAddressingIt() {
        JsonNode challenge = Api.get("/api/items/soroe-2020:276");
        assertEquals("SBSYS er udfordret på hjemmearbejdspladsen.", challenge.get("text").asText());
        assertTrue(Api.texts(challenge.get("addresses"), "id").contains("soroe-2020:281"));
    }

    @Test
    void provenanceMarksExactlyTheItemsOwnLines() {
        JsonNode ctx = Api.get("/api/items/komdir-2020:41/context?around=2");
        assertEquals("komdir-den-digitale-dynamo-2020.txt", ctx.get("file").asText());
        assertEquals(41, ctx.get("item").get("line").asInt());
        assertEquals(49, ctx.get("item").get("lineTo").asInt(), "the paragraph is printed over nine hyphenated lines");
        assertEquals(41, ctx.get("hit").get("from").asInt());
        assertEquals(49, ctx.get("hit").get("to").asInt());
        assertTrue(ctx.get("page").isNull(), "a text file has no pages");
        assertEquals(39, ctx.get("from").asInt());
        assertEquals(51, ctx.get("to").asInt());
        assertEquals("Kommunaldirektørforeningens spørgeske-", ctx.get("lines").get(2).get("text").asText().strip());
        assertEquals(13, ctx.get("lines").size());
    }

    @Test
    void provenanceOfAQuoteRunsToItsAttributionLine() {
        JsonNode ctx = Api.get("/api/items/kl-2020:351/context?around=0");
        assertEquals(351, ctx.get("hit").get("from").asInt());
        assertEquals(353, ctx.get("hit").get("to").asInt());
        assertEquals(List.of(351, 352, 353), List.of(ctx.get("lines").get(0).get("n").asInt(),
                ctx.get("lines").get(1).get("n").asInt(), ctx.get("lines").get(2).get("n").asInt()));
        assertEquals("– kommunaldirektør", ctx.get("lines").get(2).get("text").asText().strip());
    }

    @Test
    void provenanceOfAOneLineItemIsThatLine() {
        JsonNode ctx = Api.get("/api/items/soroe-2020:332/context?around=0");
        assertEquals(332, ctx.get("hit").get("from").asInt());
        assertEquals(332, ctx.get("hit").get("to").asInt());
        assertEquals(1, ctx.get("lines").size());
    }

    @Test
    void itemJsonCarriesItsLineRangeAndPage() {
        JsonNode item = Api.get("/api/items/komdir-2020:41");
        assertEquals(41, item.get("line").asInt());
        assertEquals(49, item.get("lineTo").asInt());
        assertTrue(item.has("page") && item.get("page").isNull());
        JsonNode challenge = Api.get("/api/items/soroe-2020:276");
        JsonNode recommendation = Api.get("/api/items/soroe-2020:281").get("addresses");
        JsonNode addressed = Api.find(recommendation, "id", "soroe-2020:276");
        assertEquals(challenge.get("lineTo").asInt(), addressed.get("lineTo").asInt());
    }

    /** Why an item has its kind, as extraction decided it: Sorø lists it under "Muligheder" (line 131). */
    @Test
    void anItemSaysWhyItHasItsKind() {
        JsonNode opportunity = Api.get("/api/items/soroe-2020:133");
        assertEquals("opportunity", opportunity.get("kind").asText());
        assertEquals("label", opportunity.get("kindBy").asText());
        JsonNode quote = Api.get("/api/items/kl-2020:351");
        assertEquals("quote", quote.get("kind").asText());
        assertEquals("quote", quote.get("kindBy").asText(), "quotation marks and the '– kommunaldirektør' line");
        assertEquals("label", Api.get("/api/items/soroe-2020:133/context?around=0").get("item").get("kindBy").asText());
        assertEquals(List.of("label", "label", "label"), Api.texts(Api.get("/api/items/soroe-2020:281").get("addresses"), "kindBy"),
                "the challenges a recommendation addresses stand under Sorø's «Udfordringer»");
    }

    /** Every answer that lists items carries kindBy, always one of the extractor's reasons. */
    @Test
    void everyListOfItemsCarriesKindBy() {
        Set<String> reasons = Set.of("heading", "label", "lead-in", "cue", "template", "quote", "default");
        JsonNode all = Api.get("/api/items?limit=5000");
        assertEquals(all.get("total").asInt(), all.get("items").size());
        all.get("items").forEach(i -> assertTrue(reasons.contains(i.path("kindBy").asText()), i.toString()));
        // Sorø's challenges stand under its labels; four more are typed by their words (a split paragraph's turn)
        assertEquals(Set.of("label", "cue"), Set.copyOf(Api.texts(Api.get("/api/items?source=soroe-2020&kind=challenge").get("items"), "kindBy")));
        assertEquals(List.of("label"), Api.texts(Api.get("/api/search?q=SBSYS").get("items"), "kindBy"));
        JsonNode node = Api.get("/api/node/actor/corona-gruppe");
        assertEquals(Set.of("quote"), Set.copyOf(Api.texts(node.get("quotes"), "kindBy")));
        node.get("findings").forEach(i -> assertTrue(reasons.contains(i.path("kindBy").asText()), i.toString()));
        JsonNode items = Api.get("/api/graph?types=item&sources=soroe-2020&kinds=opportunity").get("nodes");
        // Sorø's 62 opportunities under its labels, and 21 more typed by their words (its foreword and prose)
        assertEquals(83, items.size());
        assertEquals(Set.of("label", "cue"), Set.copyOf(Api.texts(items, "kindBy")));
        assertEquals(62, Api.texts(items, "kindBy").stream().filter("label"::equals).count());
    }

    @Test
    void unknownItemsAndBadParametersAreJsonErrors() {
        assertEquals("id", Api.getError(404, "/api/items/kl-2020:99999").get("parameter").asText());
        assertEquals("id", Api.getError(404, "/api/items/kl-2020:99999/context").get("parameter").asText());
        assertEquals("theme", Api.getError(404, "/api/items?theme=nope").get("parameter").asText());
        assertEquals("kind", Api.getError(400, "/api/items?kind=idea").get("parameter").asText());
        assertEquals("limit", Api.getError(400, "/api/items?limit=-1").get("parameter").asText());
        assertEquals("around", Api.getError(400, "/api/items/kl-2020:351/context?around=x").get("parameter").asText());
    }
}
