package dk.erfaringsgraf.web;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.WebFixture;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Probes of issue 11 (item 2) kept as tests, over real HTTP: a cross-site "simple" POST, foreign Host headers
 * (DNS rebinding), the security headers on page, script and API answers, and a server bound beyond loopback,
 * which answers nothing without its token.
 */
class AccessApiIT {

    private static final String TOKEN = "test-token-0123456789abcdef";
    private static final String QUERY = "{\"query\":\"MATCH (i:Item) RETURN count(i) AS n\"}";

    private static WebServer open;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void serveBeyondLoopback() {
        open = WebServer.start(GraphFixture.get().store(), Corpus.bundled(),
                new WebConfig("0.0.0.0", 0, null, ConsoleLimits.defaults(), new Access(List.of(), TOKEN)));
    }

    @AfterAll
    static void stop() {
        if (open != null) {
            open.close();
        }
    }

    @Test
    void crossSiteSimplePostsAreRefused() {
        int port = port();
        for (String type : List.of("text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x")) {
            Raw r = raw(port, "POST", "/api/cypher", "127.0.0.1:" + port, type, QUERY);
            assertEquals(415, r.status(), type + " → " + r.text());
            assertTrue(r.text().contains("\"error\":\"unsupported_media_type\""), r.text());
        }
        Raw none = raw(port, "POST", "/api/cypher", "127.0.0.1:" + port, null, QUERY);
        assertEquals(415, none.status(), none.text());
        Raw json = raw(port, "POST", "/api/cypher", "127.0.0.1:" + port, "application/json; charset=UTF-8", QUERY);
        assertEquals(200, json.status(), json.text());
        assertTrue(json.text().contains("\"rows\":[[673]]"), json.text());
    }

    @Test
    void foreignHostNamesAreRefusedAndOwnNamesAccepted() {
        int port = port();
        for (String host : List.of("evil.example:" + port, "attacker.test", "localhost:" + (port + 1), "127.0.0.1.nip.io:" + port)) {
            Raw r = raw(port, "GET", "/api/meta", host, null, null);
            assertEquals(421, r.status(), host + " → " + r.text());
            assertTrue(r.text().contains("\"error\":\"wrong_host\""), r.text());
            assertEquals(421, raw(port, "GET", "/", host, null, null).status(), host);
            assertEquals(421, raw(port, "POST", "/api/cypher", host, "application/json", QUERY).status(), host);
        }
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST:" + port, "[::1]:" + port)) {
            Raw r = raw(port, "GET", "/api/meta", host, null, null);
            assertEquals(200, r.status(), host + " → " + r.text());
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        int port = port();
        for (String path : List.of("/", "/js/app.js", "/css/app.css", "/webjars/d3/7.9.0/dist/d3.min.js", "/api/meta",
                "/api/nope", "/api/items/nope:1")) {
            assertSecurityHeaders(raw(port, "GET", path, "127.0.0.1:" + port, null, null), path);
        }
        assertSecurityHeaders(raw(port, "POST", "/api/cypher", "127.0.0.1:" + port, "text/plain", QUERY), "415");
        assertSecurityHeaders(raw(port, "GET", "/api/meta", "evil.example", null, null), "421");
    }

    private static void assertSecurityHeaders(Raw r, String what) {
        assertEquals(AccessGuard.CSP, r.header("content-security-policy"), what);
        assertTrue(r.header("content-security-policy").contains("frame-ancestors 'none'"), what);
        assertTrue(!r.header("content-security-policy").contains("unsafe"), what);
        assertEquals("nosniff", r.header("x-content-type-options"), what);
        assertEquals("DENY", r.header("x-frame-options"), what);
        assertEquals("no-referrer", r.header("referrer-policy"), what);
    }

    @Test
    void beyondLoopbackNothingAnswersWithoutTheToken() {
        for (String path : List.of("/api/meta", "/", "/js/app.js", "/api/tables/centrality?format=csv", "/api/meta?token=" + TOKEN)) {
            HttpResponse<String> r = get(path, null, null);
            assertEquals(401, r.statusCode(), path + " → " + r.body());
            assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""), path);
            assertEquals("unauthorized", Api.parse(r.body()).path("error").asText(), path);
        }
        assertEquals(401, get("/api/meta", "Bearer wrong-token-0123456789abcdef", null).statusCode());
        assertEquals(401, get("/api/meta", "Basic " + TOKEN, null).statusCode());
        assertEquals(401, get("/?token=wrong-token-0123456789abcdef", null, null).statusCode());
        assertEquals(401, send(HttpRequest.newBuilder(URI.create(base() + "/api/cypher"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(QUERY)).build()).statusCode());
    }

    @Test
    void theTokenOpensTheApiAndThePageKeepsItInACookie() {
        HttpResponse<String> meta = get("/api/meta", "Bearer " + TOKEN, null);
        assertEquals(200, meta.statusCode(), meta.body());
        JsonNode body = Api.parse(meta.body());
        assertEquals(4, body.path("sources").size());

        HttpResponse<String> login = get("/?token=" + TOKEN, null, null);
        assertEquals(303, login.statusCode(), login.body());
        assertEquals("/", login.headers().firstValue("Location").orElse(""));
        String setCookie = login.headers().firstValue("Set-Cookie").orElse("");
        String cookie = setCookie.split(";", 2)[0];
        assertEquals("erfaringsgraf-token-" + open.port() + "=" + TOKEN, cookie);
        String flags = setCookie.toLowerCase(Locale.ROOT);
        assertTrue(flags.contains("httponly") && flags.contains("samesite=strict") && flags.contains("path=/"), setCookie);

        HttpResponse<String> page = get("/", null, cookie);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<title>Erfaringsgraf</title>"));
        HttpResponse<String> csv = get("/api/tables/centrality?format=csv", null, cookie);
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.body().lines().count() > 27, csv.body());
        assertEquals(401, get("/api/meta", null, "erfaringsgraf-token-1=" + TOKEN).statusCode(), "another port's cookie");
    }

    private static int port() {
        WebFixture web = WebFixture.get();
        return Integer.parseInt(web.base().substring(web.base().lastIndexOf(':') + 1));
    }

    private static String base() {
        return "http://127.0.0.1:" + open.port();
    }

    private static HttpResponse<String> get(String path, String authorization, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response read off the socket: status, the raw head and body. */
    record Raw(int status, String text) {

        /** The value of header {@code name} (lower case), or "" when absent. */
        String header(String name) {
            String head = text.split("\r\n\r\n", 2)[0];
            return head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith(name + ":"))
                    .map(l -> l.substring(name.length() + 1).strip()).findFirst().orElse("");
        }
    }

    /** One HTTP/1.1 request written by hand, since java.net.http will not send a Host header of our choice. */
    static Raw raw(int port, String method, String path, String host, String contentType, String body) {
        byte[] bytes = body == null ? new byte[0] : body.getBytes(UTF_8);
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(head.toString().getBytes(UTF_8));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            String text = new String(socket.getInputStream().readAllBytes(), UTF_8);
            return new Raw(Integer.parseInt(text.substring(9, 12)), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
