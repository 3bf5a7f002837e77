package dk.erfaringsgraf.web;

import dk.erfaringsgraf.testing.Browser;
import dk.erfaringsgraf.testing.WebFixture;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The page tests' common ground: the served corpus ({@link WebFixture}) and one real headless Chromium per
 * test class, with the waits every page test needs (the page ready, an item or node's panel loaded).
 */
abstract class PageIT {

    static WebFixture web;
    static Browser browser;

    @BeforeAll
    static void startPage() {
        web = WebFixture.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stopPage() {
        if (browser != null) {
            browser.close();
        }
    }

    /** A fresh page at {@code hash}, so no view state leaks from one test into the next. */
    static void openPage(String hash) {
        browser.driver().get("about:blank");
        browser.driver().get(web.base() + "/" + hash);
        browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    /** Waits until the detail panel shows {@code id} ("item:kl-2020:351", "actor:jobbanken") and has loaded. */
    static void waitForDetail(String id) {
        browser.waiting(15).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-open", id));
        browser.waiting(15).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-loaded", "true"));
    }

    static String text(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getText();
    }

    /** The text of every element {@code css} finds, or its {@code attribute} when one is named. */
    static List<String> texts(String css, String attribute) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.stream().map(e -> attribute == null ? e.getText() : e.getAttribute(attribute)).toList();
    }
}
