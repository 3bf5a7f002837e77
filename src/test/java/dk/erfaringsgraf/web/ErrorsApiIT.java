package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.CorpusFile;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Unknown endpoints answer in the same JSON error shape, and the OpenAPI description covers every route. */
class ErrorsApiIT {

    @Test
    void unknownEndpointIsAJson404() {
        JsonNode error = Api.getError(404, "/api/nope");
        assertEquals("not_found", error.get("error").asText());
        assertTrue(error.get("message").asText().contains("/api/nope"));
    }

    /** Issue 11, probe 7: an internal failure is logged; the answer holds a reference, not the exception's text. */
    @Test
    void anInternalErrorNamesNoJavaClass() throws Exception {
        // A corpus whose file has no bytes: reading it for "show in source" fails inside the server.
        Corpus broken = new Corpus("broken", List.of(new CorpusFile("kl-erfaringsopsamling-2020.txt", null)),
                Corpus.bundled().manifest(), List.of());
        try (WebServer server = WebServer.start(GraphFixture.get().store(), broken, WebConfig.local(0))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + server.port() + "/api/items/kl-2020:351/context")).build(),
                    HttpResponse.BodyHandlers.ofString());
            JsonNode error = Api.error(500, response);
            assertEquals("internal", error.get("error").asText());
            String reference = error.get("reason").asText();
            assertTrue(reference.matches("[0-9A-F]+"), reference);
            assertEquals("The server could not answer this request (an internal error, logged with reference " + reference + ")",
                    error.get("message").asText());
            assertFalse(Pattern.compile("java\\.|Exception|NullPointer|dk\\.erfaringsgraf|\\bat\\b").matcher(response.body()).find(),
                    response.body());
        }
    }

    @Test
    void openApiDocumentsEveryRoute() throws IOException {
        JsonNode doc = Api.get("/api/openapi.json");
        assertTrue(doc.get("openapi").asText().startsWith("3."));
        for (String[] route : routes()) {
            JsonNode path = doc.get("paths").get(route[1]);
            assertTrue(path != null && path.has(route[0]), route[0] + " " + route[1] + " is not in openapi.json");
        }
    }

    /** Every (method, path) registered in Routes.java, read from the source so a new route cannot be missed. */
    private static List<String[]> routes() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dk/erfaringsgraf/web/Routes.java"));
        Matcher m = Pattern.compile("routes\\.(get|post)\\(\"([^\"]+)\"").matcher(source);
        List<String[]> routes = new ArrayList<>();
        while (m.find()) {
            routes.add(new String[] {m.group(1), m.group(2)});
        }
        assertTrue(routes.size() >= 13, "found " + routes.size() + " routes");
        return routes;
    }
}
