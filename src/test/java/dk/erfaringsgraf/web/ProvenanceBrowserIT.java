package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Vis i kilden" and an opened item move only the passage box to the item's marked lines: the side panel stays
 * where the reader left it, so the item's own text stays in view above its passage.
 */
class ProvenanceBrowserIT extends PageIT {

    /** True when {@code el} lies wholly inside the visible part of the side panel. */
    private static boolean inPanel(WebElement el) {
        return (Boolean) browser.js("const e = arguments[0].getBoundingClientRect(),"
                + " p = document.getElementById('detail').getBoundingClientRect();"
                + " return e.height > 0 && e.top >= p.top && e.bottom <= p.bottom;", el);
    }

    private static long panelScrollTop() {
        return ((Number) browser.js("return Math.round(document.getElementById('detail').scrollTop)")).longValue();
    }

    @Test
    void showInSourceScrollsThePassageNotThePanel() {
        openPage("#view=network&node=actor:jobbanken");
        waitForDetail("actor:jobbanken");
        List<WebElement> items = browser.driver().findElements(By.cssSelector("#detail li.item"));
        assertTrue(items.size() >= 10, "Jobbanken is mentioned by many items: " + items.size());
        // An item half-way down, brought to the top third of the panel as a reader would scroll to it.
        WebElement item = items.get(items.size() / 2);
        browser.js("const p = document.getElementById('detail');"
                + " p.scrollTop += arguments[0].getBoundingClientRect().top - p.getBoundingClientRect().top - 80;", item);
        long before = panelScrollTop();
        assertTrue(before > 0, "the panel is scrolled down to the item");
        item.findElement(By.cssSelector("button.show-source")).click();
        browser.waiting(10).until(d -> !item.findElements(By.cssSelector("ol.passage li.hit")).isEmpty());

        assertEquals(before, panelScrollTop(), "the panel did not move");
        assertTrue(inPanel(item.findElement(By.cssSelector(".text"))), "the item's own text is still in view");
        WebElement hit = item.findElement(By.cssSelector("ol.passage li.hit"));
        assertTrue((Boolean) browser.js("const h = arguments[0].getBoundingClientRect(),"
                + " b = arguments[0].closest('ol.passage').getBoundingClientRect();"
                + " return h.top >= b.top && h.bottom <= b.bottom;", hit), "the marked line is shown in its passage");
        assertEquals(item.getAttribute("data-item-id").replaceFirst("^.*:", ""), hit.getAttribute("data-line"));
        browser.screenshot("provenance-in-list");
    }

    @Test
    void anOpenedItemKeepsItsTextInViewAndCentresItsLinesInThePassage() {
        openPage("#view=network&item=soroe-2020:694");
        waitForDetail("item:soroe-2020:694");
        assertEquals(0L, panelScrollTop(), "the panel opens at its head");
        assertTrue(inPanel(browser.driver().findElement(By.id("detail-title"))), "the head is in view");
        WebElement hit = browser.driver().findElement(By.cssSelector("#detail ol.passage li.hit"));
        assertEquals("694", hit.getAttribute("data-line"));
        assertTrue((Boolean) browser.js("const box = arguments[0].closest('ol.passage');"
                + " const h = arguments[0].getBoundingClientRect(), b = box.getBoundingClientRect();"
                + " return box.scrollTop > 0 && h.top >= b.top && h.bottom <= b.bottom;", hit),
                "the passage box alone is scrolled to line 694");
    }
}
