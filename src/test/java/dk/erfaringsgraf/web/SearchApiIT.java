package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.testing.WebFixture;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** /api/search: Danish full-text search through the item_text index (danish analyzer). */
class SearchApiIT {

    @Test
    void aDanishWordFindsItsInflectedForms() {
        JsonNode result = Api.get("/api/search?q=" + q("møde") + "&limit=100");
        assertEquals(82, result.get("total").asInt());
        boolean inflected = false;
        for (JsonNode item : result.get("items")) {
            inflected |= item.get("id").asText().equals("komdir-2020:114") && item.get("text").asText().startsWith("Kommunaldirektørerne fremhæver, at møderne");
        }
        assertTrue(inflected, "møde finds 'møderne' (komdir-2020:114)");
        JsonNode top = result.get("nodes").get(0);
        assertEquals("theme:virtuelle-moeder", top.get("id").asText());
        assertEquals(48, top.get("hits").asInt());
    }

    @Test
    void textThatIsNotLuceneIsSearchedAsWords() {
        JsonNode result = Api.get("/api/search?q=" + q("covid-19 (for"));
        assertEquals(10, result.get("total").asInt());
        assertEquals("norddjurs-2021:143", result.get("items").get(0).get("id").asText());
    }

    @Test
    void emptySearchIsA400NamingQ() {
        JsonNode error = Api.getError(400, "/api/search?q=%20");
        assertEquals("q", error.get("parameter").asText());
        assertEquals("q", Api.getError(400, "/api/search").get("parameter").asText());
    }

    /** Issue 11, probe 7: 2,000 terms gave 500 with Lucene's TooManyClauses message. */
    @Test
    void twoThousandTermsAreA400NamingQ() {
        String terms = "x ".repeat(2000).strip();
        JsonNode error = Api.getError(400, "/api/search?q=" + q(terms));
        assertEquals("q", error.get("parameter").asText());
        assertEquals("The search text is 3999 characters long; search with at most 500 characters (a few words)",
                error.get("message").asText());
        assertEquals(200, WebFixture.get().get("/api/search?q=" + q("møde ".repeat(99) + "møde")).statusCode(), "500 characters are fine");
    }

    @Test
    void everyOddInputIsAnswered() {
        for (String odd : new String[] {"\"", "*", "?", "~", "a~~~", "((((", "\\", "AND", "OR NOT", "[a TO", "/regex",
            "ø*", "::", "^2", "-", "\u0000"}) {
            int status = WebFixture.get().get("/api/search?q=" + q(odd)).statusCode();
            assertTrue(status == 200 || status == 400, odd + " → " + status);
        }
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
