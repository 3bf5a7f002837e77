package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.testing.Browser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The matrix, overlap and Cypher console views in headless Chromium over the real corpus graph; every number
 * the page shows is compared with what the API answers for the same question.
 */
class ViewsBrowserIT extends PageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SOURCES = List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020");




    @Test
    void matrixShowsEverySourceAndThemeWithTheApisCounts() {
        openPage("#view=matrix");
        WebElement table = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".matrix-table")));
        List<String> columns = table.findElements(By.cssSelector("thead th[data-source]")).stream()
                .map(th -> th.getAttribute("data-source")).toList();
        assertEquals(SOURCES, columns);
        assertEquals("KL 2020", table.findElement(By.cssSelector("thead th[data-source='kl-2020']")).getText());

        JsonNode matrix = api("/api/matrix");
        Set<String> apiThemes = new TreeSet<>();
        matrix.get("themes").forEach(t -> apiThemes.add(t.get("key").asText()));
        Set<String> shownThemes = new TreeSet<>(texts(table, "tbody tr", "data-theme"));
        assertEquals(27, apiThemes.size());
        assertEquals(apiThemes, shownThemes);

        int total = api("/api/items?theme=digitalisering&source=kl-2020").get("total").asInt();
        WebElement cell = cell("digitalisering", "kl-2020");
        assertEquals(String.valueOf(total), cell.getText());
        assertEquals(30, total, "KL's report codes 30 items with digitalisation");
        browser.screenshot("views-matrix");
    }

    @Test
    void clickingACellListsItsItems() {
        openPage("#view=matrix");
        int total = api("/api/items?theme=ledelse&source=komdir-2020").get("total").asInt();
        cell("ledelse", "komdir-2020").click();
        WebElement count = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("matrix-items-count")));
        assertEquals(String.valueOf(total), count.getAttribute("data-total"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector(".matrix-item-table tbody tr"));
        assertEquals(total, rows.size());
        assertTrue(rows.get(0).getText().contains("Kommunaldirektørforeningen"), rows.get(0).getText());
        assertEquals(total, browser.driver().findElements(By.cssSelector(".matrix-item-table button[data-item^='komdir-2020:']")).size());
        assertTrue(browser.driver().findElement(By.id("matrix-items")).getText().contains("Vis i kilden"));
        assertTrue(browser.driver().getCurrentUrl().contains("cell=ledelse%7Ckomdir-2020")
                || browser.driver().getCurrentUrl().contains("cell=ledelse|komdir-2020"), browser.driver().getCurrentUrl());
        browser.screenshot("views-matrix-cell");
    }

    @Test
    void kindSelectorChangesTheNumbers() {
        openPage("#view=matrix");
        String all = cell("digitalisering", "soroe-2020").getText();
        new Select(browser.driver().findElement(By.id("matrix-kind"))).selectByValue("challenge");
        browser.waiting(20).until(d -> "challenge".equals(
                d.findElement(By.cssSelector(".matrix-table")).getAttribute("data-kind")));
        int challenges = -1;
        for (JsonNode c : api("/api/matrix?kind=challenge").get("cells")) {
            if (c.get("theme").asText().equals("digitalisering") && c.get("source").asText().equals("soroe-2020")) {
                challenges = c.get("items").asInt();
            }
        }
        assertEquals(String.valueOf(challenges), cell("digitalisering", "soroe-2020").getText());
        assertNotEquals(all, String.valueOf(challenges));
        assertTrue(browser.driver().getCurrentUrl().contains("kind=challenge"));
        assertEquals("Udfordringer", new Select(browser.driver().findElement(By.id("matrix-kind")))
                .getFirstSelectedOption().getText());
    }

    /**
     * The share and residual modes show the API's values (the theme-source-residuals figures): Sorø has the most
     * digitalisation items (60) but under-represents the theme; komdir's 44 of 101 stand out most. The legend
     * sits above the table and says how to read each mode, in Danish and English.
     */
    @Test
    void matrixModesShowShareAndResidualWithALegendEach() {
        openPage("#view=matrix&measure=residual");
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".matrix-table[data-measure='residual']")).isEmpty());
        WebElement soroe = cell("digitalisering", "soroe-2020");
        assertEquals("−4,2", soroe.getText());
        assertTrue(soroe.getAttribute("title").contains("forventet 81,5"), soroe.getAttribute("title"));
        WebElement komdir = cell("digitalisering", "komdir-2020");
        assertEquals("+5,9", komdir.getText());
        assertTrue(komdir.getAttribute("class").contains("strong"), "|r| > 2 is bold");
        assertTrue(text("#matrix-legend").contains("|r| > 2: klart mere/mindre end forventet"), text("#matrix-legend"));
        assertEquals(Boolean.TRUE, browser.js("const l = document.getElementById('matrix-legend');"
                + " return l.getBoundingClientRect().bottom <= document.querySelector('.matrix-table').getBoundingClientRect().top;"),
                "the legend is above the table, where it is read first");
        // Sorting Sorø's column puts the theme it over-represents most first.
        browser.driver().findElement(By.cssSelector(".matrix-table thead th[data-source='soroe-2020'] button")).click();
        assertEquals("arbejdsmiljoe-trivsel", browser.driver().findElement(By.cssSelector(".matrix-table tbody tr"))
                .getAttribute("data-theme"));
        browser.js("window.scrollTo(0, 0)");
        browser.screenshot("views-matrix-residual");

        browser.driver().findElement(By.cssSelector("input[name=matrix-measure][value=share]")).click();
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".matrix-table[data-measure='share']")).isEmpty());
        assertEquals("44 %", cell("digitalisering", "komdir-2020").getText());
        assertEquals("16 %", cell("digitalisering", "soroe-2020").getText());
        assertTrue(browser.driver().getCurrentUrl().contains("measure=share"));
        assertEquals("379", text(".matrix-table tfoot td[data-source='soroe-2020']"), "the base: Sorø's items with a theme");
        browser.screenshot("views-matrix-share");

        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> d.findElement(By.id("matrix-legend")).getText().contains("Share of the source’s items"));
        browser.driver().findElement(By.cssSelector("input[name=matrix-measure][value=residual]")).click();
        browser.waiting(20).until(d -> d.findElement(By.id("matrix-legend")).getText()
                .contains("|r| > 2: clearly more/less than expected"));
        assertEquals("−4.2", cell("digitalisering", "soroe-2020").getText());
        browser.screenshot("views-matrix-residual-en");
        browser.driver().findElement(By.id("lang")).click();
    }

    /** The weighted profile is the default pair measure; Jaccard is one click away and barely varies. */
    @Test
    void overlapComparesSourcesByWeightedThemeProfile() {
        openPage("#view=overlap");
        WebElement klSoroe = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".overlap-heat[data-measure='cosine'] .overlap-cell[data-pair='kl-2020|soroe-2020'] strong")));
        assertEquals("0,88", klSoroe.getText());
        assertEquals("0,73", text(".overlap-cell[data-pair='komdir-2020|norddjurs-2021'] strong"));
        assertTrue(text("#overlap-measure-doc").startsWith("Cosinus af de to kilders profiler"));
        // the pair table sorts by the shown measure: KL and Sorø first
        assertEquals("kl-2020|soroe-2020", browser.js("const r = document.querySelector('.overlap-pair-table tbody tr');"
                + " return r.cells[0].textContent === 'KL 2020' && r.cells[1].textContent.startsWith('Sor') ? 'kl-2020|soroe-2020' : r.textContent;"));
        browser.driver().findElement(By.cssSelector("input[name=overlap-measure][value=jaccard]")).click();
        browser.waiting(10).until(d -> !d.findElements(By.cssSelector(".overlap-heat[data-measure='jaccard']")).isEmpty());
        assertEquals("0,96", text(".overlap-cell[data-pair='kl-2020|soroe-2020'] strong"));
        assertTrue(browser.driver().getCurrentUrl().contains("omeasure=jaccard"));
    }

    @Test
    void overlapListsTheEchoesThePairsAndTheGaps() {
        openPage("#view=overlap");
        browser.waiting(20).until(d -> d.findElements(By.cssSelector(".echo")).size() == 36);
        assertEquals(36, api("/api/tables/echoes").get("rows").size());
        WebElement first = browser.driver().findElement(By.cssSelector(".echo"));
        assertEquals(2, first.findElements(By.cssSelector(".echo-text")).size());
        // candidates, each named by its relation, with its score explained and whole words
        assertEquals(List.of(17, 4, 15), List.of("agrees", "contrasts", "related").stream()
                .map(r -> browser.driver().findElements(By.cssSelector(".echo[data-relation='" + r + "']")).size()).toList());
        WebElement contrast = browser.driver().findElement(By.cssSelector(
                ".echo[data-item='komdir-2020:226'][data-other='soroe-2020:460']"));
        assertEquals("Modsat", contrast.findElement(By.cssSelector(".relation-badge")).getText());
        assertTrue(contrast.findElement(By.cssSelector(".echo-sim")).getText().matches("Lighed 0,41: ordoverlap 0,25 × temaer 1,67"),
                contrast.findElement(By.cssSelector(".echo-sim")).getText());
        assertEquals("Mulig genklang på tværs af kilder", browser.driver().findElement(By.cssSelector("#overlap-echoes h2")).getText()
                .replaceAll("\\s*\\(\\d+\\)$", ""));
        // contrasting echoes are tensions between two items
        assertEquals(4, browser.driver().findElements(By.cssSelector(".gap-group[data-gap='tension-echo'] tbody tr")).size());
        assertEquals(2, first.findElements(By.cssSelector("button[data-item]")).size());

        Set<String> apiPairs = new TreeSet<>();
        for (JsonNode row : api("/api/tables/source-overlap").get("rows")) {
            apiPairs.add(row.get(0).asText() + "|" + row.get(1).asText());
        }
        assertEquals(6, apiPairs.size());
        assertEquals(apiPairs, new TreeSet<>(texts(browser.driver().findElement(By.id("overlap-heat")), ".overlap-cell", "data-pair")));
        assertEquals(6, browser.driver().findElements(By.cssSelector(".overlap-pair-table tbody tr")).size());

        int unaddressed = 0;
        for (JsonNode row : api("/api/tables/gaps").get("rows")) {
            if (row.get(0).asText().equals("unaddressed-challenge")) unaddressed++;
        }
        assertTrue(unaddressed > 0);
        assertEquals(unaddressed, browser.driver().findElements(
                By.cssSelector(".gap-group[data-gap='unaddressed-challenge'] tbody tr")).size());
        assertEquals(2, browser.driver().findElements(By.cssSelector("#overlap-echoes a.views-download")).size());
        browser.screenshot("views-overlap");
        browser.js("document.getElementById('overlap-echoes').scrollIntoView()");
        browser.screenshot("views-overlap-echoes");

        // A pair cell narrows the echoes to those two sources.
        browser.driver().findElement(By.cssSelector(".overlap-cell[data-pair='komdir-2020|soroe-2020']")).click();
        browser.waiting(10).until(d -> d.findElements(By.cssSelector(".echo")).size() < 27);
        for (WebElement echo : browser.driver().findElements(By.cssSelector(".echo"))) {
            assertTrue(Set.of(echo.getAttribute("data-item").split(":")[0], echo.getAttribute("data-other").split(":")[0])
                    .equals(Set.of("komdir-2020", "soroe-2020")));
        }
    }

    @Test
    void consoleRunsALibraryQueryAndShowsItsRows() {
        openPage("#view=console");
        WebElement picker = browser.waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("console-library")));
        browser.waiting(20).until(d -> new Select(picker).getOptions().size() > 1);
        new Select(picker).selectByValue("actors-ranked");
        String cypher = browser.driver().findElement(By.id("console-editor")).getAttribute("value");
        assertTrue(cypher.contains("MATCH (a:Actor)"), cypher);
        browser.driver().findElement(By.id("console-run")).click();
        WebElement table = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".console-table")));

        JsonNode answer = cypher(cypher);
        JsonNode firstRow = answer.get("rows").get(0);
        List<String> shown = texts(table.findElement(By.cssSelector("tbody tr")), "td", null);
        List<String> expected = new ArrayList<>();
        firstRow.forEach(v -> expected.add(v.asText()));
        assertEquals(expected, shown);
        assertEquals(22, table.findElements(By.cssSelector("tbody tr")).size(), "one row per codebook actor");
        assertTrue(browser.driver().findElement(By.id("console-summary")).getText().startsWith("22 rækker"),
                browser.driver().findElement(By.id("console-summary")).getText());
        assertTrue(browser.driver().getCurrentUrl().contains("qname=actors-ranked"));
        browser.screenshot("views-console-result");
    }

    /** A finding has no speaker: its cell shows a dash, not "null"; the query's note follows the page's language. */
    @Test
    void consoleShowsADashForAMissingSpeakerAndTheNoteInThePagesLanguage() {
        openPage("#view=console");
        WebElement picker = browser.waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("console-library")));
        browser.waiting(20).until(d -> new Select(picker).getOptions().size() > 1);
        new Select(picker).selectByValue("section-items");
        assertTrue(text("#console-notes").startsWith("Afsnittets udsagn og citater"), text("#console-notes"));
        browser.driver().findElement(By.id("console-run")).click();
        WebElement table = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".console-table")));

        JsonNode answer = cypher(browser.driver().findElement(By.id("console-editor")).getAttribute("value"),
                "soroe-2020/2");
        int speaker = answer.get("columns").size() - 1;
        assertEquals("speaker", answer.get("columns").get(speaker).asText());
        List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
        assertEquals(answer.get("rows").size(), rows.size());
        int missing = 0;
        for (int r = 0; r < rows.size(); r++) {
            String shown = rows.get(r).findElements(By.tagName("td")).get(speaker).getText();
            JsonNode value = answer.get("rows").get(r).get(speaker);
            assertEquals(value.isNull() ? "—" : value.asText(), shown, "row " + r);
            missing += value.isNull() ? 1 : 0;
        }
        assertTrue(missing > 0, "the section holds findings, which have no speaker");
        assertFalse(table.getText().contains("null"));
        browser.screenshot("views-console-dash");

        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> text("#console-notes").startsWith("The section's findings and quotes"));
        browser.driver().findElement(By.id("lang")).click();
    }

    @Test
    void consoleRefusesWritesAndSyntaxErrorsAndStaysUsable() {
        openPage("#view=console");
        WebElement error = runInConsole("CREATE (n)");
        assertEquals("403", error.getAttribute("data-status"));
        assertEquals("writes", error.getAttribute("data-reason"));
        assertTrue(error.getText().contains("skrivebeskyttet"), error.getText());
        browser.screenshot("views-console-refusal");

        error = runInConsole("MATCH (n RETURN n");
        assertEquals("400", error.getAttribute("data-status"));
        assertEquals("syntax", error.getAttribute("data-reason"));
        assertTrue(error.getText().contains("Syntaksfejl"), error.getText());

        // The page still works: a good query answers, and nothing was created.
        editor("MATCH (i:Item) RETURN count(i) AS items");
        browser.driver().findElement(By.id("console-editor")).sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement value = browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".console-table tbody td")));
        assertEquals("673", value.getText());
        assertEquals(673, cypher("MATCH (i:Item) RETURN count(i)").get("rows").get(0).get(0).asInt());
        assertTrue(browser.driver().findElements(By.cssSelector(".console-error")).isEmpty());
    }

    @Test
    void languageButtonSwitchesTheViewsToEnglish() {
        openPage("#view=console");
        browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.id("console-hint")));
        assertTrue(browser.driver().findElement(By.id("console-hint")).getText().contains("skrivebeskyttet"));
        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> d.findElement(By.id("console-hint")).getText().contains("read-only"));
        browser.driver().findElement(By.id("tab-matrix")).click();
        browser.waiting(20).until(d -> d.findElement(By.cssSelector(".matrix-table")).getText().contains("Digitalisation"));
        browser.driver().findElement(By.id("lang")).click();
    }

    // ---- helpers ----


    private static WebElement cell(String theme, String source) {
        return browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".matrix-table td.matrix-cell[data-theme='" + theme + "'][data-source='" + source + "']")));
    }

    private static void editor(String query) {
        WebElement editor = browser.waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("console-editor")));
        editor.clear();
        editor.sendKeys(query);
    }

    /** Types the query, clicks Run and waits for the error box. */
    private static WebElement runInConsole(String query) {
        editor(query);
        browser.driver().findElement(By.id("console-run")).click();
        return browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".console-error")));
    }

    private static List<String> texts(WebElement root, String css, String attribute) {
        return root.findElements(By.cssSelector(css)).stream()
                .map(e -> attribute == null ? e.getText() : e.getAttribute(attribute)).toList();
    }

    private static JsonNode api(String path) {
        var response = web.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return parse(response.body());
    }

    private static JsonNode cypher(String query) {
        return cypher(Map.of("query", query));
    }

    /** A library query with its one parameter, {@code $section}. */
    private static JsonNode cypher(String query, String section) {
        return cypher(Map.of("query", query, "params", Map.of("section", section)));
    }

    private static JsonNode cypher(Map<String, Object> body) {
        try {
            var response = web.post("/api/cypher", JSON.writeValueAsString(body));
            assertEquals(200, response.statusCode(), response.body());
            return parse(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
