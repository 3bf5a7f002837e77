package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.testing.GraphFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page loads D3 from the jar and draws every view under its Content-Security-Policy (no 'unsafe-inline'):
 * Chromium's console shows no refusal, and a refusal would show (an inline style is refused and reported).
 */
class SmokeBrowserIT extends PageIT {

    @Test
    void pageLoadsD3FromTheJar() {
        openPage("#view=network");
        assertEquals("7.9.0", browser.js("return d3.version"));
        browser.screenshot("smoke");
    }

    @Test
    void everyViewWorksUnderTheCspWithoutRefusals() {
        browser.consoleMessages();
        openPage("#view=network&node=actor:jobbanken");
        waitForDetail("actor:jobbanken");
        browser.waiting(30).until(d -> !d.findElements(By.cssSelector("#views svg path, #views canvas")).isEmpty());
        // The styles the page computes, set through the CSSOM since style="…" in HTML is refused.
        assertTrue(((String) browser.js("return document.querySelector('#detail td.bar span').style.width")).endsWith("%"));
        assertTrue(!((String) browser.js("return document.querySelector('#net-sources .dot').style.background")).isEmpty());
        openPage("#view=matrix");
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".matrix-legend-ticks span")).isEmpty());
        assertTrue(((String) browser.js("return document.querySelector('.matrix-legend-bar').style.background")).contains("gradient"));
        openPage("#view=overlap");
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".echo-bar span")).isEmpty());
        openPage("#view=console");
        WebElement editor = browser.waiting(20).until(ExpectedConditions.elementToBeClickable(By.id("console-editor")));
        editor.clear();
        editor.sendKeys("MATCH (a:Actor {id: 'jobbanken'})<-[m:MENTIONS]-(i:Item) RETURN a, m, i LIMIT 3");
        browser.driver().findElement(By.id("console-run")).click();
        browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".console-table")));
        List<String> refused = browser.consoleMessages().stream().filter(SmokeBrowserIT::csp).distinct().limit(5).toList();
        assertEquals(List.of(), refused);

        browser.js("document.body.insertAdjacentHTML('beforeend', '<i id=\"csp-probe\" style=\"color: rgb(255, 0, 0)\">x</i>')");
        assertTrue(browser.consoleMessages().stream().anyMatch(SmokeBrowserIT::csp), "an inline style is refused and reported");
        assertEquals("", browser.js("return document.getElementById('csp-probe').style.color"));
    }

    @Test
    void beyondLoopbackThePrintedAddressOpensThePage() {
        String token = Access.generateToken();
        try (WebServer open = WebServer.start(GraphFixture.get().store(), Corpus.bundled(),
                new WebConfig("0.0.0.0", 0, null, ConsoleLimits.defaults(), new Access(List.of(), token)))) {
            String base = "http://127.0.0.1:" + open.port() + "/";
            browser.driver().get(base);
            assertTrue(browser.driver().getPageSource().contains("unauthorized"), browser.driver().getPageSource());
            browser.driver().get(base + "?token=" + token);
            browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
            assertEquals(base, browser.driver().getCurrentUrl().replaceFirst("#.*", ""), "the token left the address");
            browser.driver().get(base + "#view=matrix");
            browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        }
    }

    private static boolean csp(String message) {
        return message.contains("Content Security Policy");
    }
}
