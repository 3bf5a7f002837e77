package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.curation.ApplyReport;
import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.StoreConfig;
import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The round trip of corrections through the real API and embedded Neo4j, on a store of its own (KL and
 * Kommunaldirektørforeningen as a folder corpus): correct kind, themes, speaker, an echo and two people → the
 * graph shows them marked by 'manual' → a changed source reloaded with --prune and a new analysis → still there →
 * undo → the machine's values again. A read-only server refuses corrections.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorrectionsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static Path corpus;
    private static Path file;
    private static GraphStore store;
    private static WebServer server;
    private static Curation curation;

    // chosen from the machine's coding at the start
    private static String finding;
    private static String machineKind;
    private static List<Object> machineThemes;
    private static String quote;
    private static String machineSpeaker;
    private static String echoA;
    private static String echoB;
    private static String mergedAway;
    private static String kept;
    private static final Map<String, String> IDS = new java.util.HashMap<>();

    @BeforeAll
    static void start() throws IOException {
        corpus = GraphFixture.tempDir();
        Files.write(corpus.resolve("kl.txt"), CorpusFiles.bytes(CorpusFiles.KL));
        Files.write(corpus.resolve("komdir.txt"), CorpusFiles.bytes(CorpusFiles.KOMDIR));
        Path data = GraphFixture.tempDir();
        file = data.resolve("corrections.jsonl");
        store = GraphStore.open(new StoreConfig(data, GraphFixture.freePort(), null, null, null, null));
        App app = app();
        app.load(store, false, line -> { });
        app.analyze(store, line -> { });
        curation = app.curation(store, false).orElseThrow();
        server = WebServer.start(store, app.corpus(), WebConfig.local(0), curation);
        finding = one("MATCH (i:Finding {source: 'kl', kind: 'opportunity'}) WHERE COUNT { (i)-[:ABOUT]->() } > 0 "
                + "RETURN i.id ORDER BY i.line LIMIT 1");
        machineKind = "opportunity";
        machineThemes = column("MATCH (:Item {id: $id})-[:ABOUT]->(t) RETURN t.id ORDER BY t.id", finding);
        quote = one("MATCH (q:Quote {source: 'komdir'})-[:SAID_BY]->(p:Person) RETURN q.id ORDER BY q.line LIMIT 1");
        machineSpeaker = (String) column("MATCH (:Item {id: $id})-[:SAID_BY]->(p:Person) RETURN p.name", quote).get(0);
        List<Object> echo = store.read("MATCH (a)-[e:ECHOES]->(b) RETURN a.id, b.id ORDER BY e.similarity DESC LIMIT 1",
                Map.of()).rows().get(0);
        echoA = (String) echo.get(0);
        echoB = (String) echo.get(1);
        List<Object> people = column("MATCH (p:Person)<-[:SAID_BY]-(q:Quote {source: 'komdir'}) WHERE p.name <> $id "
                + "RETURN DISTINCT p.name ORDER BY p.name LIMIT 2", machineSpeaker);
        mergedAway = (String) people.get(0);
        kept = (String) people.get(1);
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    private static App app() {
        return new App(new Config(corpus, null, null).withCorrections(file));
    }

    private static String one(String cypher) {
        return (String) store.read(cypher, Map.of()).rows().get(0).get(0);
    }

    private static List<Object> column(String cypher, String id) {
        return store.read(cypher, Map.of("id", id)).rows().stream().map(r -> r.get(0)).toList();
    }

    private static List<Object> row(String cypher, String id) {
        List<List<Object>> rows = store.read(cypher, Map.of("id", id)).rows();
        return rows.isEmpty() ? List.of() : rows.get(0);
    }

    private static HttpResponse<String> post(WebServer to, String path, String json) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + to.port() + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), r.body());
            return Api.parse(r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode correct(String key, String json) {
        HttpResponse<String> r = post(server, "/api/corrections", json);
        assertEquals(200, r.statusCode(), r.body());
        JsonNode answer = Api.parse(r.body());
        IDS.put(key, answer.path("correction").path("id").asText());
        return answer;
    }

    /** Waits for the analysis a correction of kind, themes or actors starts in the background. */
    private static void analysed() throws InterruptedException {
        for (int i = 0; i < 600 && get("/api/corrections").path("analysisStale").asBoolean(); i++) {
            Thread.sleep(500);
        }
        assertFalse(get("/api/corrections").path("analysisStale").asBoolean(), "the analysis after a correction ends");
    }

    @Test
    @Order(1)
    void correctionsThroughTheApiAreMarkedManualInTheGraph() throws InterruptedException {
        JsonNode kind = correct("kind", "{\"who\":\"Anna\",\"what\":\"kind\",\"target\":{\"item\":\"" + finding
                + "\"},\"after\":\"challenge\"}");
        assertEquals("opportunity", kind.path("correction").path("before").asText());
        assertTrue(kind.path("analysisStale").asBoolean(), "a changed kind starts a new analysis");
        correct("themes", "{\"who\":\"Anna\",\"what\":\"themes\",\"target\":{\"item\":\"" + finding
                + "\"},\"after\":[\"hjemmearbejde\"]}");
        correct("speaker", "{\"who\":\"Bo\",\"what\":\"speaker\",\"target\":{\"item\":\"" + quote
                + "\"},\"after\":\"Karen Testesen\"}");
        correct("echo", "{\"who\":\"Bo\",\"what\":\"echo\",\"target\":{\"items\":[\"" + echoA + "\",\"" + echoB
                + "\"]},\"after\":{\"decision\":\"reject\"}}");
        correct("merge", "{\"who\":\"Bo\",\"what\":\"merge-people\",\"target\":{\"people\":[\"" + mergedAway + "\",\""
                + kept + "\"]}}");
        analysed();
        assertCorrected();
        JsonNode list = get("/api/corrections");
        assertEquals(5, list.path("corrections").size());
        assertEquals("Anna", list.path("corrections").get(0).path("who").asText());
        assertEquals(5, Files.exists(file) ? lines() : 0);
    }

    private static long lines() {
        try {
            return Files.readAllLines(file).size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertCorrected() {
        assertEquals(List.of("challenge", "manual", true, false),
                row("MATCH (i:Item {id: $id}) RETURN i.kind, i.kindBy, i:Challenge, i:Opportunity", finding));
        assertEquals(List.of("hjemmearbejde"), column("MATCH (:Item {id: $id})-[:ABOUT]->(t) RETURN t.id", finding));
        String by = machineThemes.contains("hjemmearbejde") ? null : "manual";
        assertEquals(by, row("MATCH (:Item {id: $id})-[r:ABOUT]->(:Theme {id: 'hjemmearbejde'}) RETURN r.by", finding).get(0));
        assertEquals(List.of("Karen Testesen", "manual"),
                row("MATCH (:Item {id: $id})-[r:SAID_BY]->(p:Person) RETURN p.name, r.by", quote));
        assertEquals(List.of(), row("MATCH (a:Item {id: $id})-[:ECHOES]-(b:Item {id: '" + echoB + "'}) RETURN a.id", echoA),
                "the rejected echo is gone, also after the new analysis");
        assertEquals(List.of("manual"), row("MATCH (a:Item {id: $id})-[x:REJECTED_ECHO]-(:Item {id: '" + echoB
                + "'}) RETURN x.by", echoA));
        assertEquals(0L, row("MATCH (p:Person {name: $id}) RETURN COUNT { (p)<-[:SAID_BY]-() }", mergedAway).get(0));
        assertTrue(((List<?>) row("MATCH (p:Person {name: $id}) RETURN p.aliases", kept).get(0)).contains(mergedAway));
        assertEquals(List.of("manual"), column("MATCH (p:Person {name: $id})<-[r:SAID_BY {mergedFrom: '" + mergedAway
                + "'}]-() RETURN DISTINCT r.by", kept));
        JsonNode item = get("/api/items/" + finding);
        assertEquals("challenge", item.path("kind").asText());
        assertEquals("manual", item.path("kindBy").asText());
    }

    @Test
    @Order(2)
    void correctionsSurviveAChangedSourceReloadedWithPruneAndANewAnalysis() throws IOException {
        Files.writeString(corpus.resolve("kl.txt"), "\n\nEn ny sidste linje, så KL indlæses igen.\n",
                StandardOpenOption.APPEND);
        App app = app();
        var report = app.load(store, true, line -> { });
        assertEquals(List.of("kl"), report.loaded(), "KL changed and was loaded again from the machine's coding");
        ApplyReport applied = app.applyCorrections(store).orElseThrow();
        assertEquals(5, applied.applied());
        assertEquals(List.of(), applied.missing());
        app.analyze(store, line -> { });
        assertCorrected();
    }

    @Test
    @Order(3)
    void aCorrectionWhoseItemIsGoneIsReportedAndKeptInTheFile() throws IOException {
        String line = "{\"id\":\"c-gone\",\"who\":\"Anna\",\"when\":\"2026-12-02T15:00:00Z\",\"what\":\"kind\","
                + "\"target\":{\"item\":\"kl:99999\"},\"before\":\"observation\",\"after\":\"challenge\"}\n";
        Files.writeString(file, line, StandardOpenOption.APPEND);
        ApplyReport report = app().applyCorrections(store).orElseThrow();
        assertEquals(5, report.applied());
        assertEquals(List.of("c-gone"), report.missing().stream().map(c -> c.id()).toList());
        assertTrue(report.describe(file).endsWith("; 1 whose target is not in the graph (kept in the file): "
                + "c-gone (kind kl:99999)"), report.describe(file));
        assertEquals("c-gone", get("/api/corrections").path("missing").get(0).asText());
        assertEquals(6, lines());
    }

    @Test
    @Order(4)
    void undoingGivesBackTheMachinesValues() throws InterruptedException {
        for (String key : List.of("kind", "themes", "speaker", "echo", "merge")) {
            HttpResponse<String> r = post(server, "/api/corrections/" + IDS.get(key) + "/undo", "{\"who\":\"Anna\"}");
            assertEquals(200, r.statusCode(), r.body());
            assertEquals("undo", Api.parse(r.body()).path("correction").path("what").asText());
        }
        analysed();
        assertEquals(List.of(machineKind, false, true),
                row("MATCH (i:Item {id: $id}) RETURN i.kind, i:Challenge, i:Opportunity", finding));
        assertFalse("manual".equals(row("MATCH (i:Item {id: $id}) RETURN i.kindBy", finding).get(0)));
        assertEquals(machineThemes, column("MATCH (:Item {id: $id})-[:ABOUT]->(t) RETURN t.id ORDER BY t.id", finding));
        assertEquals(List.of(machineSpeaker), column("MATCH (:Item {id: $id})-[r:SAID_BY]->(p:Person) RETURN p.name", quote));
        assertEquals(List.of(), column("MATCH (p:Person {name: 'Karen Testesen'}) RETURN p.name", quote),
                "the person only the correction named is gone");
        assertEquals(1, column("MATCH (a:Item {id: $id})-[:ECHOES]-(b:Item {id: '" + echoB + "'}) RETURN a.id", echoA).size());
        assertEquals(0L, store.read("MATCH ()-[x:REJECTED_ECHO]->() RETURN count(x)", Map.of()).rows().get(0).get(0));
        assertTrue((Long) row("MATCH (p:Person {name: $id}) RETURN COUNT { (p)<-[:SAID_BY]-() }", mergedAway).get(0) > 0);
        assertEquals(0L, store.read("MATCH ()-[r {by: 'manual'}]->() RETURN count(r)", Map.of()).rows().get(0).get(0));
        JsonNode list = get("/api/corrections");
        assertEquals(List.of("c-gone"), ids(list.path("corrections")), "only the correction of the gone item is in force");
        assertEquals(11, lines(), "undo lines are appended: the file is the whole trail");
        String csv = exported("csv");
        assertTrue(csv.startsWith("id,who,when,what,target,before,after,inForce\r\n"), csv);
        assertTrue(csv.contains("," + finding + ",opportunity,challenge,no\r\n"), csv);
    }

    private static List<String> ids(JsonNode corrections) {
        List<String> ids = new java.util.ArrayList<>();
        corrections.forEach(c -> ids.add(c.path("id").asText()));
        return ids;
    }

    private static String exported(String format) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/corrections/export?format=" + format)).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.headers().firstValue("Content-Disposition").orElse("").contains("erfaringsgraf-corrections." + format));
            return r.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @Order(5)
    void badCorrectionsAreRefusedNamingTheField() {
        JsonNode e = Api.error(400, post(server, "/api/corrections", "{\"who\":\"Anna\",\"what\":\"themes\","
                + "\"target\":{\"item\":\"" + finding + "\"},\"after\":[\"ledelse\",\"no-such-theme\"]}"));
        assertEquals("after", e.path("parameter").asText());
        assertEquals("Unknown theme 'no-such-theme'", e.path("message").asText());
        e = Api.error(400, post(server, "/api/corrections", "{\"who\":\"Anna\",\"what\":\"kind\","
                + "\"target\":{\"item\":\"kl:424242\"},\"after\":\"challenge\"}"));
        assertEquals("target.item", e.path("parameter").asText());
        e = Api.error(400, post(server, "/api/corrections", "{\"who\":\"Anna\",\"what\":\"colour\",\"target\":{}}"));
        assertEquals("what", e.path("parameter").asText());
        e = Api.error(400, post(server, "/api/corrections", "{\"who\":\"Anna\",\"what\":\"actors\","
                + "\"target\":{\"item\":\"" + finding + "\"},\"after\":[\"nobody\"]}"));
        assertEquals("Unknown actor 'nobody'", e.path("message").asText());
        e = Api.error(400, post(server, "/api/corrections", "{\"what\":\"kind\",\"target\":{\"item\":\"" + finding
                + "\"},\"after\":\"challenge\"}"));
        assertEquals("who", e.path("parameter").asText());
        assertEquals(11, lines(), "nothing refused was written");
    }

    @Test
    @Order(6)
    void aReadOnlyServerRefusesCorrections() {
        Curation readOnly = app().curation(store, true).orElseThrow();
        try (WebServer shared = WebServer.start(store, app().corpus(), WebConfig.local(0), readOnly)) {
            JsonNode e = Api.error(403, post(shared, "/api/corrections", "{\"who\":\"Anna\",\"what\":\"kind\","
                    + "\"target\":{\"item\":\"" + finding + "\"},\"after\":\"challenge\"}"));
            assertEquals("read_only", e.path("error").asText());
            assertEquals("This server is read-only (serve --read-only): corrections are refused; ask whoever runs it, "
                    + "or run your own", e.path("message").asText());
            Api.error(403, post(shared, "/api/corrections/c-gone/undo", "{\"who\":\"Anna\"}"));
        }
        assertEquals(11, lines());
    }
}
