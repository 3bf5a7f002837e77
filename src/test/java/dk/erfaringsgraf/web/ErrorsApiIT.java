package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
        assertTrue(routes.size() >= 14, "found " + routes.size() + " routes");
        return routes;
    }
}
