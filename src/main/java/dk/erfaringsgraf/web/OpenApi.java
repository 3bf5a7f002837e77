package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /api/openapi.json}: the API's OpenAPI 3 description, kept by hand next to the routes. */
final class OpenApi {

    private static byte[] document;

    private OpenApi() {
    }

    static void get(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document());
    }

    private static synchronized byte[] document() {
        if (document == null) {
            document = read();
        }
        return document;
    }

    private static byte[] read() {
        try (InputStream in = OpenApi.class.getResourceAsStream("/openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
