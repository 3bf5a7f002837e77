package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.Browser;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The kinds of items as the page shows them, in headless Chromium over the real corpus graph: every list of
 * kinds (the network's filter, the matrix's choice) names all six, question included, in Danish and English,
 * each kind has a badge colour of its own, and an item's panel says why the item has its kind.
 */
class KindsBrowserIT extends PageIT {

    private static final List<String> KINDS = List.of("opportunity", "challenge", "recommendation", "question",
            "observation", "quote");




    @Test
    void theNetworkFilterListsEveryKindQuestionIncluded() {
        openPage("#view=network");
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
        openPage("#view=matrix&kind=question");
        browser.waiting(20).until(d -> !d.findElements(By.cssSelector(".matrix-table[data-kind='question']")).isEmpty());
        assertEquals(List.of("", "opportunity", "challenge", "recommendation", "question", "observation", "quote"),
                texts("#matrix-kind option", "value"));
        assertEquals(List.of("Alle slags", "Muligheder", "Udfordringer", "Anbefalinger", "Spørgsmål", "Iagttagelser", "Citater"),
                texts("#matrix-kind option", "textContent"), "the same names as the network's filter");
        assertEquals("Spørgsmål", browser.js("const s = document.getElementById('matrix-kind');"
                + " return s.options[s.selectedIndex].textContent"));
    }

    @Test
    void everyKindHasABadgeColourOfItsOwn() {
        openPage("#view=network");
        for (String badge : List.of("kind", "views-kind")) {
            @SuppressWarnings("unchecked")
            List<String> colours = (List<String>) browser.js("return arguments[0].map(k => {"
                    + " const s = document.createElement('span'); s.className = arguments[1] + ' kind-' + k;"
                    + " document.body.append(s); const c = getComputedStyle(s); const v = c.backgroundColor + '/' + c.color;"
                    + " s.remove(); return v; });", KINDS, badge);
            assertEquals(KINDS.size(), new HashSet<>(colours).size(), badge + ": " + colours);
        }
    }

    /** Sorø prints this opportunity in a list under «Muligheder» (soroe-laering-og-erfaring-2020.txt, line 131). */
    @Test
    void theDetailPanelSaysWhyAnItemHasItsKindInBothLanguages() {
        openPage("#view=network&item=soroe-2020:133");
        waitForDetail("item:soroe-2020:133");
        WebElement why = browser.driver().findElement(By.cssSelector("#detail .detail-head .kind-why"));
        assertEquals("label", why.getAttribute("data-kind-by"));
        assertEquals("Listen står under en overskrift som «Muligheder»", why.getText());
        assertEquals("Hvorfor denne type", why.getAttribute("title"));
        assertTrue(text("#detail .detail-type").startsWith("MULIGHED"), "the line sits under the kind");
        browser.screenshot("detail-kind-why");

        browser.driver().findElement(By.id("lang")).click();
        browser.waiting(10).until(d -> "Network".equals(d.findElement(By.id("tab-network")).getText()));
        assertEquals("Listed under a label such as “Opportunities”", text("#detail .kind-why"));
        assertEquals("Why this kind", browser.driver().findElement(By.cssSelector("#detail .kind-why")).getAttribute("title"));
        browser.screenshot("detail-kind-why-en");

        openPage("#view=network&item=kl-2020:351");
        waitForDetail("item:kl-2020:351");
        assertEquals("quote", browser.driver().findElement(By.cssSelector("#detail .kind-why")).getAttribute("data-kind-by"));
        assertEquals("Citattegn, citatstil eller underskrift", text("#detail .kind-why"));
    }

    /** Every reason the extractor can give has its line in both languages, also those this corpus lacks yet. */
    @Test
    void everyReasonHasItsLineInDanishAndEnglish() {
        openPage("#view=network");
        Object lines = browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " import('/js/detail.js').then(m => done(['da', 'en'].map(l => ['heading', 'label', 'lead-in', 'cue',"
                + " 'template', 'quote', 'default'].map(k => m.strings[l]['dt.why.' + k] || ''))));");
        assertEquals(List.of(
                List.of("Kapiteloverskriften angiver typen", "Listen står under en overskrift som «{label}»",
                        "En indledende sætning før listen angiver typen", "Sætningens ordvalg (vurdering eller «bør/skal»)",
                        "Rapportens layout (fx to spalter eller sagsfremstilling)", "Citattegn, citatstil eller underskrift",
                        "Intet i teksten angiver en anden type"),
                List.of("The chapter heading gives the kind", "Listed under a label such as “{label}”",
                        "A lead-in sentence before the list gives the kind", "Cue words in the sentence (valence or ‘should’)",
                        "The report’s layout (e.g. two columns or a committee case)",
                        "Quotation marks, quote style or signature", "Nothing in the text indicates another kind")), lines);
    }




}
