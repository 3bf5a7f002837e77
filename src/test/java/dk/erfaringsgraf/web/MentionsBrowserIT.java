package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.testing.Browser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * How the detail panel tells an actor named in an item's own words from one named only by the item's section
 * title, in headless Chromium over the real corpus graph: Jobbanken's node shows the six quotes of its chapter
 * (issue 10: it said "Citater 0"), each marked «i afsnittet …», and an item's panel puts its actors under
 * "nævnt i teksten" or "i afsnittet «…»", in Danish and English.
 */
class MentionsBrowserIT extends PageIT {

    private static final String CHAPTER = "Jobbanken – udsendte medarbejdere";




    @Test
    void jobbankensPanelShowsItsChaptersQuotesMarkedBySection() {
        openPage("#view=network&node=actor:jobbanken");
        waitForDetail("actor:jobbanken");
        assertEquals("Citater (6)", textContent("#detail .quotes-section > h3"));
        List<WebElement> quotes = browser.driver().findElements(By.cssSelector("#detail ul.quotes > li.item"));
        assertEquals(6, quotes.size());
        for (WebElement q : quotes) {
            assertEquals("section", q.getAttribute("data-mention"), q.getAttribute("data-item-id"));
            assertEquals("i afsnittet «" + CHAPTER + "»", q.findElement(By.cssSelector(".mention-section")).getText());
        }
        // Of the 15 findings, 8 name Jobbanken (lines 100b, 137, 688b, 747, 756, 765, 786 of Sorø and KL's 147),
        // 7 stand in its chapter.
        assertEquals(8, texts("#detail .findings li.item[data-mention='text']", "data-item-id").size());
        assertEquals(7, texts("#detail .findings li.item[data-mention='section']", "data-item-id").size());
        assertEquals("nævnt i teksten", text("#detail li.item[data-item-id='soroe-2020:756'] .mention"));
        assertEquals("8 nævner aktøren i teksten, 13 står i et afsnit, hvis titel nævner den", text("#detail .by-mention"));
        browser.screenshot("mentions-jobbanken-da");

        english();
        assertEquals("in the section «" + CHAPTER + "»",
                text("#detail li.item[data-item-id='soroe-2020:769'] .mention-section"));
        assertEquals("named in the text", text("#detail li.item[data-item-id='soroe-2020:756'] .mention"));
        assertEquals("8 name the actor in their text, 13 stand in a section whose title names it", text("#detail .by-mention"));
        browser.screenshot("mentions-jobbanken-en");
    }

    @Test
    void anItemsPanelGroupsItsActorsByHowTheyAreNamed() {
        // Sorø line 769: the quote names no actor; its chapter names Jobbanken.
        openPage("#view=network&item=soroe-2020:769");
        waitForDetail("item:soroe-2020:769");
        assertEquals(List.of("section"), texts("#detail .item-actors .mention-group", "data-mention"));
        assertEquals("i afsnittet «" + CHAPTER + "»", text("#detail .item-actors .mention-group .mention-head"));
        assertEquals(List.of("actor:jobbanken"), texts("#detail .item-actors .chip", "data-node"));

        // KOMDIR line 634: the sentence names the chief executives, its heading the politicians.
        openPage("#view=network&item=komdir-2020:634");
        waitForDetail("item:komdir-2020:634");
        assertEquals(List.of("text", "section"), texts("#detail .item-actors .mention-group", "data-mention"));
        assertEquals(List.of("actor:kommunaldirektoer"),
                texts("#detail .item-actors .mention-group[data-mention='text'] .chip", "data-node"));
        assertEquals(List.of("actor:byraad"),
                texts("#detail .item-actors .mention-group[data-mention='section'] .chip", "data-node"));
        assertEquals(List.of("nævnt i teksten", "i afsnittet «SAMSPILLET MED POLITIKERNE»"),
                texts("#detail .item-actors .mention-head", null));
        browser.screenshot("mentions-item-da");
        english();
        assertEquals(List.of("named in the text", "in the section «SAMSPILLET MED POLITIKERNE»"),
                texts("#detail .item-actors .mention-head", null));
    }

    private static void english() {
        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Network".equals(d.findElement(By.id("tab-network")).getText()));
        browser.waiting(10).until(ExpectedConditions.attributeToBe(By.id("detail"), "data-loaded", "true"));
    }




    private static String textContent(String css) {
        return browser.driver().findElement(By.cssSelector(css)).getAttribute("textContent").strip();
    }

}
