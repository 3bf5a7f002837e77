package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.WebFixture;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A second explorer over the shared graph with tight console limits (as serve --query-timeout 1
 * --max-rows 10 sets them): a long query is stopped with a 408 and the server keeps answering.
 */
class ConsoleLimitsIT {

    private static WebServer server;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        WebFixture.get();
        server = WebServer.start(GraphFixture.get().store(), Corpus.bundled(),
                new WebConfig("127.0.0.1", 0, null, new ConsoleLimits(Duration.ofSeconds(1), 10)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLongQueryIsStoppedAndTheServerStaysUp() throws Exception {
        HttpResponse<String> slow = post("{\"query\": \"UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 0 RETURN count(*)\"}");
        JsonNode error = Api.error(408, slow);
        assertEquals("timeout", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("1000 ms"), error.toString());
        JsonNode rows = Api.parse(post("{\"query\": \"MATCH (i:Item) RETURN i.id ORDER BY i.id\"}").body());
        assertEquals(10, rows.get("rows").size());
        assertTrue(rows.get("truncated").asBoolean());
        assertEquals("kl-2020:103", rows.get("rows").get(0).get(0).asText(), "ids sort as text");
    }

    @Test
    void metaTellsThePageTheLimits() throws Exception {
        HttpResponse<String> meta = HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/meta")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode console = Api.parse(meta.body()).get("console");
        assertEquals(1000, console.get("timeoutMillis").asInt());
        assertEquals(10, console.get("rowCap").asInt());
    }

    private static HttpResponse<String> post(String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base() + "/api/cypher")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://127.0.0.1:" + server.port();
    }
}
