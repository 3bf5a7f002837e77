package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.testing.Browser;
import dk.erfaringsgraf.testing.GraphFixture;
import dk.erfaringsgraf.testing.WebFixture;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Correcting in the page, in headless Chromium over the shared corpus graph with a corrections file of its own:
 * an opportunity's kind changed in its panel shows as corrected, is listed under Rettelser with who and
 * before → after, and Fortryd gives the machine's kind back. A read-only server shows no editing controls.
 */
class CorrectionsBrowserIT {

    /** Sorø lists this under «Muligheder» (soroe-laering-og-erfaring-2020.txt, line 131). */
    private static final String ITEM = "soroe-2020:133";

    private static GraphStore store;
    private static Path file;
    private static WebServer server;
    private static WebServer readOnly;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        GraphFixture graph = GraphFixture.get();
        WebFixture.analysed(graph);
        store = graph.store();
        file = Files.createTempDirectory("corrections").resolve("corrections.jsonl");
        server = WebServer.start(store, Corpus.bundled(), WebConfig.local(0), new Curation(file, store, false));
        readOnly = WebServer.start(store, Corpus.bundled(), WebConfig.local(0), new Curation(file, store, true));
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        server.close();
        readOnly.close();
    }

    private static void open(WebServer on, String hash) {
        browser.driver().get("about:blank");
        browser.driver().get("http://127.0.0.1:" + on.port() + "/" + hash);
        browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static void waitForItem() {
        browser.waiting(30).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-open", "item:" + ITEM));
        browser.waiting(30).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-loaded", "true"));
    }

    private static Object kind() {
        return store.read("MATCH (i:Item {id: $id}) RETURN i.kind + '/' + i.kindBy", Map.of("id", ITEM)).rows().get(0).get(0);
    }

    @Test
    void aKindChangedInThePanelIsListedAndUndone() throws Exception {
        open(server, "#item=" + ITEM);
        browser.js("localStorage.setItem('erfaringsgraf.who', 'Testbruger')");   // answered "Hvem retter?" before
        waitForItem();
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("#detail .curation select[data-cu=kind]")).isEmpty());
        assertEquals("opportunity", new Select(browser.driver().findElement(By.cssSelector("#detail select[data-cu=kind]")))
                .getFirstSelectedOption().getAttribute("value"));
        browser.screenshot("curation-panel");
        new Select(browser.driver().findElement(By.cssSelector("#detail select[data-cu=kind]"))).selectByValue("challenge");
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("#detail .kind-why[data-kind-by=manual]")).isEmpty());
        assertEquals("Rettet af en person", browser.driver().findElement(By.cssSelector("#detail .kind-why")).getText());
        assertTrue(browser.driver().findElement(By.cssSelector("#detail .detail-type")).getText().startsWith("UDFORDRING"));
        assertEquals("challenge/manual", kind());

        browser.driver().findElement(By.id("tab-corrections")).click();
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector(".corrections-table tr[data-what=kind]")).isEmpty());
        String row = browser.driver().findElement(By.cssSelector(".corrections-table tr[data-what=kind]")).getText();
        assertTrue(row.contains("Testbruger") && row.contains("Type") && row.contains(ITEM)
                && row.contains("Mulighed → Udfordring"), row);
        browser.screenshot("curation-list");

        browser.driver().findElement(By.cssSelector(".corrections-table button[data-undo]")).click();
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("#view-corrections .none")).isEmpty());
        assertEquals("opportunity/label", kind(), "undo gives the machine's kind and reason back");
        assertEquals(2, Files.readAllLines(file).size(), "the correction and its undo");
        assertTrue(Files.readAllLines(file).get(1).contains("\"who\":\"Testbruger\",") && Files.readAllLines(file).get(1)
                .contains("\"what\":\"undo\""));
        waitForAnalysis();
    }

    /** The change of kind started a new analysis of the shared graph: the next tests read its scores. */
    private static void waitForAnalysis() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int i = 0; i < 600; i++) {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                    + "/api/corrections")).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"analysisStale\":false")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the analysis after the correction did not end");
    }

    @Test
    void aReadOnlyServerShowsNoEditingControls() {
        open(readOnly, "#item=" + ITEM);
        waitForItem();
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("#detail .curation")));
        browser.driver().findElement(By.id("tab-corrections")).click();
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("#view-corrections .read-only")).isEmpty());
        assertEquals(List.of(), browser.driver().findElements(By.cssSelector("#view-corrections button[data-undo]")));
    }
}
