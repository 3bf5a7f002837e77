package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.WebFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code serve} through the command line, against the shared graph as an external Neo4j (by its Bolt URI):
 * it recognises the loaded corpus, serves the API, and stops when its thread is interrupted; bad options and
 * a taken port are one-line errors with exit code 2.
 */
class ServeCommandIT {

    private static final Pattern SERVES = Pattern.compile("serves on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern OPEN = Pattern.compile("serves on http://[^:/]+:(\\d+)/\\?token=([A-Za-z0-9]+)");

    @Test
    void servesTheLoadedGraphUntilStopped() throws Exception {
        WebFixture.get(); // loaded and analysed
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                serve("--port", "0"))));
        serving.start();
        int port = awaitPort(out, err);
        HttpResponse<String> meta = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/api/meta")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, meta.statusCode());
        assertTrue(meta.body().contains("\"items\":673"), meta.body());
        assertTrue(err.toString().contains("corpus unchanged since the last load"), err.toString());
        serving.interrupt();
        serving.join(30_000);
        assertEquals(0, exit.get(), err.toString());
    }

    @Test
    void aTakenPortIsAOneLineError() throws Exception {
        WebFixture.get();
        try (ServerSocket taken = new ServerSocket(0)) {
            StringWriter err = new StringWriter();
            int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                    serve("--port", String.valueOf(taken.getLocalPort())));
            assertEquals(2, code);
            assertTrue(err.toString().contains("Could not serve on 127.0.0.1:" + taken.getLocalPort()), err.toString());
        }
    }

    @Test
    void badOptionsAreRefusedBeforeAnythingStarts() {
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "serve", "--port", "70000"));
        assertEquals("erfaringsgraf: --port 70000: must be 0–65535", err.toString().strip());
        StringWriter err2 = new StringWriter();
        Path empty = GraphFixture.tempDir();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err2, true), "serve", "--web-dir", empty.toString()));
        assertEquals("erfaringsgraf: --web-dir " + empty + ": no index.html there", err2.toString().strip());
    }

    @Test
    void anotherAddressWarnsAndAnswersOnlyWithThePrintedToken() throws Exception {
        WebFixture.get();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.run(new PrintWriter(out, true), new PrintWriter(err, true),
                serve("--port", "0", "--host", "0.0.0.0"))));
        serving.start();
        int port = awaitPort(out, err, OPEN);
        Matcher printed = OPEN.matcher(out.toString());
        assertTrue(printed.find());
        String token = printed.group(2);
        assertEquals(32, token.length(), out.toString());
        assertTrue(err.toString().contains("WARNING: serving on 0.0.0.0 lets every machine that reaches this one use "
                + "the explorer with the token"), err.toString());
        HttpClient http = HttpClient.newHttpClient();
        URI meta = URI.create("http://127.0.0.1:" + port + "/api/meta");
        assertEquals(401, http.send(HttpRequest.newBuilder(meta).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> with = http.send(HttpRequest.newBuilder(meta).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, with.statusCode(), with.body());
        assertTrue(with.body().contains("\"items\":673"), with.body());
        serving.interrupt();
        serving.join(30_000);
        assertEquals(0, exit.get(), err.toString());
    }

    @Test
    void theHelpNoLongerOffersTheWholeNetworkAndAGivenTokenIsChecked() {
        StringWriter out = new StringWriter();
        assertEquals(0, Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "serve", "--help"));
        assertTrue(!out.toString().contains("0.0.0.0"), out.toString());
        assertTrue(out.toString().contains("--allowed-host"), out.toString());
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "serve", "--token", "short"));
        assertTrue(err.toString().startsWith("erfaringsgraf: --token: must be 16 to 200 letters"), err.toString());
    }

    /** serve against the shared graph as an external server, with its Bolt credentials. */
    private static String[] serve(String... args) {
        List<String> all = new ArrayList<>(List.of("serve"));
        all.addAll(List.of(args));
        all.addAll(GraphFixture.get().neo4jOptions());
        return all.toArray(String[]::new);
    }

    private static int awaitPort(StringWriter out, StringWriter err) throws InterruptedException {
        return awaitPort(out, err, SERVES);
    }

    private static int awaitPort(StringWriter out, StringWriter err, Pattern serves) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Matcher m = serves.matcher(out.toString());
            if (m.find()) {
                return Integer.parseInt(m.group(1));
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve did not start: " + err);
    }
}
