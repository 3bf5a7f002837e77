package dk.erfaringsgraf.testing;

import static java.net.http.HttpResponse.BodyHandlers.ofString;
import static java.nio.charset.StandardCharsets.UTF_8;

import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.web.WebConfig;
import dk.erfaringsgraf.web.WebServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The explorer served on a free port over the shared {@link GraphFixture} graph, analysed once, for API
 * tests (real HTTP with java.net.http) and browser tests. Stops when the test JVM exits.
 */
public final class WebFixture {

    private static WebFixture instance;
    private static boolean analysed;

    private final WebServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private WebFixture(WebServer server) {
        this.server = server;
    }

    public static synchronized WebFixture get() {
        if (instance == null) {
            GraphFixture graph = GraphFixture.get();
            analysed(graph);
            WebServer server = WebServer.start(graph.store(), Corpus.bundled(), WebConfig.local(0));
            instance = new WebFixture(server);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return instance;
    }

    /** Runs the analysis once per test JVM (it is deterministic, so a second run would write the same). */
    public static synchronized void analysed(GraphFixture graph) {
        if (!analysed) {
            new Analysis(graph.store()).run();
            analysed = true;
        }
    }

    /** http://127.0.0.1:PORT */
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    public HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(), ofString(UTF_8));
    }

    public HttpResponse<byte[]> getBytes(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base() + pathAndQuery)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, UTF_8)).build(), ofString(UTF_8));
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
