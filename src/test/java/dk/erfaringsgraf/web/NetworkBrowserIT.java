package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.testing.Browser;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The network view, its sidebar and the detail panel in a real browser over the real corpus graph: the DOM is
 * compared with what the API answers, and the corpus facts (27 themes, 22 actors, Sorø's Corona-gruppe and its
 * quotes) are asserted by value.
 */
class NetworkBrowserIT extends PageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CORONA = "actor:corona-gruppe";
    /** Said in Sorø's interviews (soroe-laering-og-erfaring-2020.txt, line 171), unattributed. */
    private static final String GENIAL = "genialitet, at vi fik nedsat den Corona-gruppe";




    @Test
    void drawsEveryThemeAndActorTheApiReturns() throws Exception {
        JsonNode graph = api("/api/graph");
        open("#view=network");
        Set<String> apiIds = ids(graph, "theme", "actor");
        assertEquals(27 + 22, apiIds.size());
        assertEquals("svg", attr("#net-host", "data-mode"));
        assertEquals(27, count("#view-network path.node[data-type=theme]"));
        assertEquals(22, count("#view-network path.node[data-type=actor]"));
        assertEquals(apiIds, domIds("#view-network path.node"));
        assertEquals(String.valueOf(graph.get("links").size()), attr("#view-network", "data-links"));
        assertTrue(count("#view-network g.labels text") >= 15, "the bigger nodes are labelled");
        assertEquals(count("#view-network g.labels text"), textsOf("#view-network g.labels text").stream().distinct().count());
        browser.screenshot("network");
    }

    /**
     * The ten largest themes (by PageRank, what the view sizes by) all carry a label, "Digitalisering og
     * teknologi" among them, and no label's box, as the browser lays it out, touches a node's shape.
     */
    @Test
    void theLargestThemesAreLabelledAndNoLabelCoversANode() throws Exception {
        JsonNode graph = api("/api/graph");
        open("#view=network");
        List<String> top = new ArrayList<>();
        graph.get("nodes").forEach(n -> { if (n.get("type").asText().equals("theme")) top.add(n.get("id").asText()); });
        top.sort((a, b) -> Double.compare(pagerank(graph, b), pagerank(graph, a)));
        List<String> ten = top.subList(0, 10);
        assertTrue(ten.contains("theme:digitalisering"), ten.toString());
        assertEquals(new TreeSet<>(ten), new TreeSet<>(attrs("#view-network g.labels text[data-top]", "data-id")),
                "the ten largest themes are labelled");
        assertEquals(List.of(), labelsOverNodes());
        assertTrue(count("#view-network g.labels text") >= 15, "more labels where there is room");

        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Network".equals(text("#tab-network")));
        assertEquals(new TreeSet<>(ten), new TreeSet<>(attrs("#view-network g.labels text[data-top]", "data-id")));
        assertEquals(List.of(), labelsOverNodes(), "the longer English names find room too");
        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Netværk".equals(text("#tab-network")));
    }

    /** The page shows the backbone and says so; one click shows every link, and the legend says that instead. */
    @Test
    void showAllLinksSwitchesFromTheBackboneAndTheLegendSaysWhich() throws Exception {
        JsonNode backbone = api("/api/graph");
        open("#view=network");
        assertEquals(String.valueOf(backbone.get("links").size()), attr("#view-network", "data-links"));
        assertEquals("61", attr("#net-legend .legend-links", "data-shown"));
        assertTrue(text("#net-legend .legend-links").startsWith("Viser rygraden: 61 af 585 forbindelser – dem, som disparitetsfilteret (α = 0,05)"),
                text("#net-legend .legend-links"));
        assertFalse(browser.driver().findElement(By.id("net-all-links")).isSelected());
        assertEquals("Vis alle forbindelser", text("label.net-all-links"));

        browser.driver().findElement(By.id("net-all-links")).click();
        browser.waiting(20).until(d -> "585".equals(attr("#view-network", "data-links")));
        browser.waiting(60).until(d -> "true".equals(attr("#view-network", "data-settled")));
        assertTrue(browser.driver().getCurrentUrl().contains("links=all"));
        assertEquals("Viser alle 585 forbindelser.", text("#net-legend .legend-links"));
        assertEquals(List.of(), labelsOverNodes());
        browser.screenshot("network-all-links");

        browser.driver().navigate().refresh();
        waitForReady();
        assertTrue(browser.driver().findElement(By.id("net-all-links")).isSelected(), "the choice is in the link");
        browser.driver().findElement(By.id("net-all-links")).click();
        browser.waiting(20).until(d -> "61".equals(attr("#view-network", "data-links")));
        assertFalse(browser.driver().getCurrentUrl().contains("links="));
    }

    /** Sources are marked with colours no cluster has, and as diamonds, in the sidebar as in the network. */
    @Test
    void sourceColoursAreNotClusterColours() {
        open("#view=network");
        String rgbToHex = "const hex = c => '#' + c.match(/\\d+/g).slice(0, 3).map(x => (+x).toString(16).padStart(2, '0')).join('');";
        @SuppressWarnings("unchecked")
        List<String> marks = (List<String>) browser.js(rgbToHex + " return [...document.querySelectorAll('#net-sources .source-mark')]"
                + ".map(d => hex(getComputedStyle(d).backgroundColor));");
        @SuppressWarnings("unchecked")
        List<String> clusters = (List<String>) browser.js("return [...new Set([...document.querySelectorAll('#view-network path.node')]"
                + ".map(p => p.getAttribute('fill')))];");
        assertEquals(4, marks.size());
        assertEquals(4, Set.copyOf(marks).size(), "one colour per source");
        assertTrue(clusters.size() >= 4, clusters.toString());
        assertTrue(marks.stream().noneMatch(clusters::contains), marks + " vs " + clusters);

        open("#view=network&color=source&types=theme,actor,source");
        @SuppressWarnings("unchecked")
        List<String> sourceNodes = (List<String>) browser.js("return [...document.querySelectorAll('#view-network path.node[data-type=source]')]"
                + ".map(p => p.getAttribute('fill'));");
        assertTrue(marks.containsAll(sourceNodes) && sourceNodes.size() == 4, sourceNodes.toString());
        assertTrue(text("#net-legend").contains("Kilder har deres egne mørke farver"));
    }

    @Test
    void drawsTheFullFindingsGraphOnACanvas() throws Exception {
        JsonNode graph = api("/api/graph?types=theme,actor,source,item");
        open("#view=network&types=theme,actor,source,item");
        browser.waiting(60).until(d -> "true".equals(attr("#view-network", "data-settled")));
        assertEquals("canvas", attr("#net-host", "data-mode"));
        assertEquals(String.valueOf(graph.get("nodes").size()), attr("#view-network", "data-nodes"));
        assertTrue(graph.get("nodes").size() > 600, "themes, actors, sources and the coded items");
        browser.screenshot("network-findings");
    }

    @Test
    void clickingCoronaGruppeOpensItsQuotesAndFindingsFromSoroe() throws Exception {
        JsonNode node = api("/api/node/actor/corona-gruppe");
        open("#view=network");
        browser.driver().findElement(By.cssSelector("path.node[data-id='" + CORONA + "']")).click();
        waitForDetail(CORONA);
        assertTrue(browser.driver().getCurrentUrl().contains("node=actor%3Acorona-gruppe"));
        assertEquals("Corona-gruppen", text("#detail-title"));
        assertTrue(text("#detail dd.cluster").startsWith("Klynge om «"), "named as in the legend: " + text("#detail dd.cluster"));
        assertTrue(text("#net-legend").contains(text("#detail dd.cluster")), "the legend lists the same name");
        assertEquals(idsOf(node.get("quotes")), domItemIds("#detail ul.quotes > li.item"));
        assertEquals(3, count("#detail ul.quotes > li.item"));
        assertTrue(text("#detail ul.quotes").contains(GENIAL));
        assertEquals(idsOf(node.get("findings")), domItemIds("#detail .findings li.item"));
        assertEquals(Set.of("soroe-2020"), new TreeSet<>(attrs("#detail .findings h4.by-source", "data-source")));
        // its two observations are typed by their words now (an opportunity and a recommendation)
        assertEquals(List.of("opportunity", "challenge", "recommendation"), attrs("#detail details.kind-group", "data-kind"));
        assertTrue(text("#detail .findings").contains("Svarer på udfordringen"), "the recommendation shows what it addresses");
        assertEquals("true", browser.js("return document.querySelector(\"path.node[data-id='" + CORONA + "']\").classList.contains('selected')").toString());
        browser.screenshot("detail");

        browser.driver().findElement(By.cssSelector("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
        browser.waiting(10).until(d -> Boolean.TRUE.equals(browser.js("return document.getElementById('detail').hidden")));
        assertFalse(browser.driver().getCurrentUrl().contains("node="));
    }

    @Test
    void theSourcePanelNamesTheLineRangeAndThePageOfAPdfItem() {
        open("#view=network");
        Object names = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " Promise.all([import('/js/i18n.js'), import('/js/provenance.js')]).then(([i18n, pv]) => {"
                + "   const ctx = { t: i18n.t }, pdf = { line: 41, lineTo: 49, page: 4 }, text = { line: 41, lineTo: 41, page: null };"
                + "   const da = [pv.where(ctx, pdf), pv.where(ctx, text)];"
                + "   i18n.setLanguage('en'); const en = pv.where(ctx, pdf); i18n.setLanguage('da');"
                + "   done([...da, en]); });");
        assertEquals(List.of("side 4, linje 41–49", "linje 41", "page 4, lines 41–49"), names);
    }

    @Test
    void showInSourceHighlightsThePassage() throws Exception {
        JsonNode context = api("/api/items/soroe-2020:171/context");
        open("#view=network&node=" + CORONA);
        waitForDetail(CORONA);
        WebElement quote = browser.driver().findElement(By.cssSelector("#detail li.item[data-item-id='soroe-2020:171']"));
        WebElement show = quote.findElement(By.cssSelector("button.show-source"));
        assertEquals("Vis i kilden", show.getText());
        // The reader scrolls to the item (as Selenium's click would); from there only the passage box may move.
        browser.js("arguments[0].scrollIntoView({block: 'center'})", show);
        Object panelTop = browser.js("return document.getElementById('detail').scrollTop");
        show.click();
        browser.waiting(10).until(d -> !quote.findElements(By.cssSelector("ol.passage li.hit")).isEmpty());
        List<WebElement> hits = quote.findElements(By.cssSelector("ol.passage li.hit"));
        assertEquals(context.get("hit").get("to").asInt() - context.get("hit").get("from").asInt() + 1, hits.size());
        assertEquals("171", hits.get(0).getAttribute("data-line"));
        assertTrue(quote.findElement(By.cssSelector(".passage-head")).getText()
                .endsWith("soroe-laering-og-erfaring-2020.txt, linje 171"), "the head names the item's own line, no page");
        assertTrue(hits.get(0).getText().contains(GENIAL));
        assertEquals(context.get("lines").size(), quote.findElements(By.cssSelector("ol.passage li")).size());
        assertEquals(Boolean.TRUE, browser.js("const hit = arguments[0].getBoundingClientRect(),"
                + " box = arguments[0].closest('ol.passage').getBoundingClientRect();"
                + " return hit.top >= box.top && hit.bottom <= box.bottom;", hits.get(0)), "the marked line is shown in its passage");
        assertEquals(panelTop, browser.js("return document.getElementById('detail').scrollTop"), "the panel did not move");
        browser.screenshot("provenance");
    }

    /** The item's own text stays in view under the panel's head; only the passage scrolls to the marked line. */
    @Test
    void anItemPanelOpensAtItsHeadWithTheMarkedLineCentredInThePassage() {
        open("#view=network&item=soroe-2020:133");
        waitForDetail("item:soroe-2020:133");
        assertEquals(0L, ((Number) browser.js("return document.getElementById('detail').scrollTop")).longValue());
        assertEquals(Boolean.TRUE, browser.js("const hit = document.querySelector('#detail ol.passage li.hit'),"
                + " box = hit.closest('ol.passage'), h = hit.getBoundingClientRect(), b = box.getBoundingClientRect();"
                + " return box.scrollTop > 0 && h.top >= b.top && h.bottom <= b.bottom;"), "line 133 is shown in the passage");
    }

    @Test
    void anItemLinkShowsItsEchoAndTheChallengesARecommendationAddresses() {
        open("#view=network&item=kl-2020:351");
        waitForDetail("item:kl-2020:351");
        assertEquals(List.of("kl-2020:351", "soroe-2020:332"), domItemIds(".item-echoes li.item"),
                "the issue's example echo: virtual meetings lose body language (kropssprog)");
        assertTrue(text(".item-echoes").contains("kropssprog, virtuelle"));
        assertTrue(text(".item-echoes").contains("Beslægtet"), "the relation is named");
        assertTrue(text(".item-echoes").contains("ordoverlap 0,20 × temaer 1,50"), "the score is explained");
        browser.screenshot("item-echo");

        open("#view=network&item=soroe-2020:281");
        waitForDetail("item:soroe-2020:281");
        assertEquals(List.of("soroe-2020:274", "soroe-2020:276", "soroe-2020:277"), domItemIds(".item-addresses li.item"));
        assertTrue(text(".item-addresses").contains("SBSYS er udfordret på hjemmearbejdspladsen."));
        // its one candidate echo is a short remark (komdir-2020:209, "what is right for one citizen ...") that shares
        // only "rette" and "borgerne": shown, but named related, not agreeing
        assertEquals(List.of("komdir-2020:209", "soroe-2020:281"), domItemIds(".item-echoes li.item"));
        assertTrue(text(".item-echoes").contains("Beslægtet"));
    }

    @Test
    void searchFindsInflectedDanishWordsAndEmptySearchAsksForAWord() throws Exception {
        JsonNode answer = api("/api/search?q=m%C3%B8de&limit=50");
        open("#view=network");
        browser.js("window.searches = 0; const f = window.fetch; window.fetch = (u, o) => {"
                + " if (String(u).startsWith('/api/search')) window.searches++; return f(u, o); };");
        search("møde");
        browser.waiting(10).until(d -> count("#net-results li") > 0);
        assertEquals(answer.get("items").size(), count("#net-results li"));
        assertTrue(textsOf("#net-results li").stream().anyMatch(t -> t.toLowerCase().contains("møderne")),
                "the stemmed search finds 'møderne' for 'møde'");
        assertTrue(text("#net-search-msg").startsWith(answer.get("total").asInt() + " udsagn matcher «møde»"));
        assertTrue(browser.driver().getCurrentUrl().contains("q=m%C3%B8de"));
        Set<String> highlighted = new TreeSet<>();
        answer.get("nodes").forEach(n -> highlighted.add(n.get("id").asText()));
        assertEquals(highlighted, domIds("#view-network path.node.match"));
        assertEquals(1L, ((Number) browser.js("return window.searches")).longValue());
        browser.screenshot("search");

        String first = answer.get("items").get(0).get("id").asText();
        browser.driver().findElement(By.cssSelector("#net-results button[data-item='" + first + "']")).click();
        waitForDetail("item:" + first);
        assertTrue(count("#detail .provenance ol.passage li.hit") > 0);

        search("");
        assertEquals("Skriv et ord at søge efter, fx «møde».", text("#net-search-msg"));
        assertEquals(0, count("#net-results li"));
        assertEquals(1L, ((Number) browser.js("return window.searches")).longValue(), "an empty search asks nothing");
    }

    @Test
    void languageToggleSwitchesTheWholeViewToEnglish() throws Exception {
        JsonNode graph = api("/api/graph");
        open("#view=network&node=" + CORONA);
        waitForDetail(CORONA);
        assertEquals("Netværk", text("#tab-network"));
        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Network".equals(text("#tab-network")));
        assertEquals("en", browser.js("return document.documentElement.lang"));
        assertTrue(browser.driver().getCurrentUrl().contains("lang=en"));
        assertEquals("Dansk", text("#lang"));
        assertEquals("Sources", attr("#net-sources legend", "textContent"));
        assertEquals("Key figures (all findings)", attr("#detail .metrics h3", "textContent"));
        assertEquals("Show in source", text("#detail button.show-source"));
        assertTrue(text("#net-legend").contains("Cluster around"));
        List<String> english = new ArrayList<>();
        graph.get("nodes").forEach(n -> english.add(n.get("labelEn").asText()));
        List<String> labels = browser.driver().findElements(By.cssSelector("#view-network g.labels text")).stream()
                .map(e -> e.getAttribute("data-full") != null ? e.getAttribute("data-full") : e.getText()).toList();
        assertFalse(labels.isEmpty());
        assertTrue(english.containsAll(labels), "every label is the English one: " + labels);
        assertTrue(labels.contains("Cross-organisational collaboration"));
        assertTrue(labels.contains("Digitalisation and technology"), labels.toString());
        assertEquals("The Corona group", text("#detail-title"), "the actor's English name from the codebook");
        assertTrue(text("#detail dd.cluster").startsWith("Cluster around “"), text("#detail dd.cluster"));
        browser.screenshot("english");
    }

    @Test
    void scoresCanBeRecomputedOnTheChosenFindings() throws Exception {
        open("#view=network&sources=soroe-2020&kinds=challenge&scope=filtered&metric=betweenness");
        assertEquals("filtered", browser.driver().findElement(By.id("net-scope")).getAttribute("value"));
        Object fetched = browser.js("return performance.getEntriesByType('resource').map(e => e.name)"
                + ".filter(n => n.includes('/api/graph?')).pop()");
        assertTrue(String.valueOf(fetched).contains("scope=filtered"), String.valueOf(fetched));
        JsonNode graph = api("/api/graph?types=theme,actor&minWeight=1&sources=soroe-2020&kinds=challenge&scope=filtered");
        assertEquals(ids(graph, "theme", "actor"), domIds("#view-network .node"));
        browser.driver().findElement(By.cssSelector("#view-network .node[data-id='theme:krisehaandtering']")).click();
        waitForDetail("theme:krisehaandtering");
        browser.screenshot("network-filtered-scope");
    }

    @Test
    void aNodeOpensFromTheKeyboard() {
        open("#view=network");
        WebElement corona = browser.driver().findElement(By.cssSelector("#view-network .node[data-id='" + CORONA + "']"));
        assertEquals("Corona-gruppen", corona.getAttribute("aria-label"));
        browser.js("arguments[0].focus()", corona);
        corona.sendKeys(org.openqa.selenium.Keys.ENTER);
        waitForDetail(CORONA);
    }

    @Test
    void anOutdatedLinkSaysSoAndTheNetworkStillWorks() {
        open("#view=network&node=theme:nope");
        browser.waiting(15).until(d -> !d.findElements(By.cssSelector("#detail p.error")).isEmpty());
        assertEquals("Findes ikke i grafen – linket er måske forældet (No theme with id 'nope').", text("#detail p.error"));
        assertEquals(49, count("#view-network .node[data-id^='theme:'], #view-network .node[data-id^='actor:']"));
    }

    @Test
    void reloadRestoresFiltersAndTheOpenNode() throws Exception {
        open("#view=network");
        browser.driver().findElement(By.cssSelector("#net-sources input[value='kl-2020']")).click();
        browser.js("const s = document.getElementById('net-metric'); s.value = 'betweenness'; s.dispatchEvent(new Event('change'));"
                + "const r = document.getElementById('net-minweight'); r.value = '2'; r.dispatchEvent(new Event('change'));");
        browser.driver().findElement(By.cssSelector("#net-kinds input[value='quote']")).click();
        browser.waiting(10).until(d -> d.getCurrentUrl().contains("kinds="));
        browser.waiting(20).until(d -> "true".equals(attr("#view-network", "data-settled")));
        browser.driver().findElement(By.cssSelector("path.node[data-id='" + CORONA + "']")).click();
        waitForDetail(CORONA);
        String url = browser.driver().getCurrentUrl();
        assertTrue(url.contains("sources=komdir-2020%2Cnorddjurs-2021%2Csoroe-2020"), url);
        assertTrue(url.contains("metric=betweenness") && url.contains("minWeight=2"), url);
        assertTrue(url.contains("kinds=opportunity%2Cchallenge%2Crecommendation%2Cquestion%2Cobservation"), url);

        browser.driver().navigate().refresh();
        waitForReady();
        waitForDetail(CORONA);
        assertFalse(browser.driver().findElement(By.cssSelector("#net-sources input[value='kl-2020']")).isSelected());
        assertTrue(browser.driver().findElement(By.cssSelector("#net-sources input[value='soroe-2020']")).isSelected());
        assertFalse(browser.driver().findElement(By.cssSelector("#net-kinds input[value='quote']")).isSelected());
        assertEquals("betweenness", browser.js("return document.getElementById('net-metric').value"));
        assertEquals("2", browser.js("return document.getElementById('net-minweight').value"));
        JsonNode graph = api("/api/graph?types=theme,actor&sources=komdir-2020,norddjurs-2021,soroe-2020"
                + "&kinds=opportunity,challenge,recommendation,question,observation&minWeight=2");
        assertEquals(String.valueOf(graph.get("links").size()), attr("#view-network", "data-links"));
        assertEquals(ids(graph, "theme", "actor"), domIds("#view-network path.node"));
    }

    @Test
    void savesTheNetworkAsSvgAndPng() throws Exception {
        open("#view=network");
        browser.driver().findElement(By.id("net-save-svg")).click();
        String svg = (String) browser.js("return import('/js/save.js').then(m => m.lastDownload.name + '\\n' + m.lastDownload.blob.type)");
        assertEquals("erfaringsgraf-network.svg\nimage/svg+xml", svg);
        String doc = (String) browser.js("return import('/js/save.js').then(m => m.lastDownload.blob.text())");
        assertTrue(doc.startsWith("<svg") && doc.contains("xmlns=\"http://www.w3.org/2000/svg\""), doc.substring(0, 80));
        assertEquals(49, doc.split("class=\"node node-").length - 1);
        assertTrue(doc.contains("data-id=\"" + CORONA + "\""));
        assertTrue(doc.contains(">Corona-gruppen</text>") || doc.contains("Tværgående samarbejde</text>"), "labels are in the file");

        browser.driver().findElement(By.id("net-save-png")).click();
        browser.waiting(10).until(d -> "erfaringsgraf-network.png".equals(
                browser.js("return import('/js/save.js').then(m => m.lastDownload.name)")));
        String png = (String) browser.js("return import('/js/save.js').then(m => m.lastDownload.blob.type + ' ' + (m.lastDownload.blob.size > 10000))");
        assertEquals("image/png true", png);
    }

    // --- helpers ---

    private static double pagerank(JsonNode graph, String id) {
        for (JsonNode n : graph.get("nodes")) {
            if (n.get("id").asText().equals(id)) {
                return n.get("metrics").get("pagerank").asDouble();
            }
        }
        throw new AssertionError(id);
    }

    /**
     * Every (label, node) pair whose boxes, as the browser lays them out, meet: a theme's circle against the label's
     * box, the other shapes by their own boxes. Empty when no label covers a node.
     */
    @SuppressWarnings("unchecked")
    private static List<String> labelsOverNodes() {
        return (List<String>) browser.js("const nodes = [...document.querySelectorAll('#view-network svg path.node')]"
                + "  .map(p => ({ id: p.dataset.id, circle: p.dataset.type === 'theme', b: p.getBoundingClientRect() }));"
                + "const bad = [];"
                + "for (const t of document.querySelectorAll('#view-network svg g.labels text')) {"
                + "  const l = t.getBoundingClientRect();"
                + "  for (const n of nodes) {"
                + "    const b = n.b; let hit;"
                + "    if (n.circle) { const cx = (b.left + b.right) / 2, cy = (b.top + b.bottom) / 2, r = b.width / 2;"
                + "      const dx = Math.max(l.left - cx, 0, cx - l.right), dy = Math.max(l.top - cy, 0, cy - l.bottom);"
                + "      hit = dx * dx + dy * dy < r * r - 0.5; }"
                + "    else hit = l.left < b.right - 0.5 && l.right > b.left + 0.5 && l.top < b.bottom - 0.5 && l.bottom > b.top + 0.5;"
                + "    if (hit) bad.push(t.dataset.id + ' over ' + n.id);"
                + "  }"
                + "}"
                + "return bad;");
    }

    private static JsonNode api(String path) throws Exception {
        var response = web.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static void open(String hash) {
        browser.driver().get("about:blank");
        browser.driver().get(web.base() + "/" + hash);
        waitForReady();
    }

    private static void waitForReady() {
        browser.waiting(30).until(d -> "true".equals(attr("body", "data-ready")));
        browser.waiting(60).until(d -> "true".equals(attr("#view-network", "data-settled")));
    }


    private static void search(String q) {
        WebElement input = browser.driver().findElement(By.id("net-q"));
        input.clear();
        input.sendKeys(q);
        browser.driver().findElement(By.cssSelector("#net-search button[type=submit]")).click();
    }

    private static Set<String> ids(JsonNode graph, String... types) {
        Set<String> wanted = Set.of(types);
        Set<String> ids = new TreeSet<>();
        graph.get("nodes").forEach(n -> { if (wanted.contains(n.get("type").asText())) ids.add(n.get("id").asText()); });
        return ids;
    }

    private static List<String> idsOf(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asText()));
        return ids.stream().sorted().collect(Collectors.toList());
    }

    private static List<String> domItemIds(String css) {
        return attrs(css, "data-item-id").stream().sorted().collect(Collectors.toList());
    }

    private static Set<String> domIds(String css) {
        return new TreeSet<>(attrs(css, "data-id"));
    }

    private static List<String> attrs(String css, String name) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute(name)).collect(Collectors.toList());
    }

    private static List<String> textsOf(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).collect(Collectors.toList());
    }

    private static String attr(String css, String name) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.isEmpty() ? null : found.get(0).getAttribute(name);
    }


    private static int count(String css) {
        return browser.driver().findElements(By.cssSelector(css)).size();
    }
}
