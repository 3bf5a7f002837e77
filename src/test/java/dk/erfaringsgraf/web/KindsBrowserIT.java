package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.testing.Browser;
import dk.erfaringsgraf.testing.WebFixture;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The kinds of items as the page shows them, in headless Chromium over the real corpus graph: every list of
 * kinds (the network's filter, the matrix's choice) names all six, question included, in Danish and English,
 * and each kind has a badge colour of its own.
 */
class KindsBrowserIT {

    private static final List<String> KINDS = List.of("opportunity", "challenge", "recommendation", "question",
            "observation", "quote");

    private static WebFixture web;
    private static Browser browser;

    @BeforeAll
    static void start() {
        web = WebFixture.get();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
    }

    @Test
    void theNetworkFilterListsEveryKindQuestionIncluded() {
        open("#view=network");
        assertEquals(KINDS, texts("#net-kinds input[name=kinds]", "value"));
        assertEquals(List.of("Muligheder", "Udfordringer", "Anbefalinger", "Spørgsmål", "Iagttagelser", "Citater"),
                texts("#net-kinds span[data-label]", null));
        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Network".equals(d.findElement(By.id("tab-network")).getText()));
        assertEquals(List.of("Opportunities", "Challenges", "Recommendations", "Questions", "Observations", "Quotes"),
                texts("#net-kinds span[data-label]", null));
    }

    @Test
    void theMatrixOffersQuestionsAsAKind() {
        open("#view=matrix&kind=question");
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".matrix-table[data-kind='question']")).isEmpty());
        assertEquals(List.of("", "opportunity", "challenge", "recommendation", "question", "observation", "quote"),
                texts("#matrix-kind option", "value"));
        assertEquals("Spørgsmål", browser.js("const s = document.getElementById('matrix-kind');"
                + " return s.options[s.selectedIndex].textContent"));
    }

    @Test
    void everyKindHasABadgeColourOfItsOwn() {
        open("#view=network");
        for (String badge : List.of("kind", "views-kind")) {
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) browser.js("return arguments[0].map(k => {"
                    + " const s = document.createElement('span'); s.className = arguments[1] + ' kind-' + k;"
                    + " document.body.append(s); const c = getComputedStyle(s); const v = c.backgroundColor + '/' + c.color;"
                    + " s.remove(); return v; });", KINDS, badge);
            assertEquals(KINDS.size(), new HashSet<>(colours).size(), badge + ": " + colours);
        }
    }

    private static void open(String hash) {
        browser.driver().get("about:blank");
        browser.driver().get(web.base() + "/" + hash);
        browser.waiting(30).until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
    }

    private static List<String> texts(String css, String attribute) {
        List<WebElement> found = browser.driver().findElements(By.cssSelector(css));
        return found.stream().map(e -> attribute == null ? e.getText() : e.getAttribute(attribute)).toList();
    }
}
