package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.testing.WebFixture;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

/** Calls the explorer's API over real HTTP and reads the JSON; status checked on every call. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    static JsonNode get(String path) {
        return ok(WebFixture.get().get(path));
    }

    static JsonNode post(String path, String body) {
        return ok(WebFixture.get().post(path, body));
    }

    /** The JSON error body of a request expected to fail with {@code status}. */
    static JsonNode error(int status, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals("application/json", response.headers().firstValue("Content-Type").orElse("").split(";")[0]);
        return parse(response.body());
    }

    static JsonNode getError(int status, String path) {
        return error(status, WebFixture.get().get(path));
    }

    private static JsonNode ok(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response.uri() + " → " + response.body());
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object of {@code array} whose {@code field} is {@code value}; fails naming what is missing. */
    static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (n.path(field).asText().equals(value)) {
                return n;
            }
        }
        throw new AssertionError("no " + field + " " + value);
    }

    /** The values of an array of strings. */
    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return values;
    }

    /** The text values of {@code field} over an array of objects. */
    static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.path(field).asText()));
        return values;
    }
}
