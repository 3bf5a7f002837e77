package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DehyphenatorTest {

    /** Lines in the style of the Sorø PDF text; the vocabulary comes from the unbroken words. */
    private static final List<String> TEXT = List.of(
            "Vi skal hjælpe hinanden og samarbejde om opgaverne.",
            "Corona-gruppen er et godt bindeled. Skole og hjem taler sammen.",
            "Alle faggrænser er ligegyldige, når vi hjælper hin-",
            "anden og finder løsninger sammen. Corona-",
            "gruppen mødes. De øger muligheden for hurtigt tjek-",
            "ind. Efter en uge fik jeg en låne-",
            "PC. Virtuelle byråds-",
            "og udvalgsmøder. Jo tættere skole-",
            "hjem-samarbejde.");

    private final Dehyphenator d = Dehyphenator.learn(TEXT);

    @Test
    void aBreakInsideAWordSeenWholeElsewhereIsJoined() {
        assertEquals("hinanden", d.resolve("hin", "anden"));
    }

    @Test
    void aHyphenatedFormSeenElsewhereKeepsItsHyphen() {
        assertEquals("Corona-gruppen", d.resolve("Corona", "gruppen"));
    }

    @Test
    void aCapitalisedFirstPartIsANamePrefixAndKeepsItsHyphen() {
        assertEquals("Corona-krisen", d.resolve("Corona", "krisen"));
    }

    @Test
    void aShortSyllableTheTextNeverWritesAloneEndsABrokenNameAndJoins() {
        // "Fin-" ⏎ "dus": joined the same whether or not another passage writes "Findus" whole
        assertEquals("Findus", d.resolve("Fin", "dus"));
        assertEquals("Findus", Dehyphenator.learn(List.of("Nyheder på Findus.")).resolve("Fin", "dus"));
        assertEquals("Corona-tid", d.resolve("Corona", "tid")); // the text hyphenates other Corona- compounds
        assertEquals("Skole-hjem", d.resolve("Skole", "hjem")); // a word the text writes on its own
    }

    @Test
    void capitalsDigitsAndParticlesMarkRealHyphens() {
        assertEquals("låne-PC", d.resolve("låne", "PC"));
        assertEquals("Covid-19", d.resolve("Covid", "19"));
        assertEquals("tjek-ind", d.resolve("tjek", "ind"));
        assertEquals("skole-hjem-samarbejde", d.resolve("skole", "hjem-samarbejde"));
    }

    @Test
    void aLoneLetterBeforeTheHyphenIsNeverABreak() {
        assertEquals("E-boks", d.resolve("E", "boks"));
        assertEquals("x-aksen", d.resolve("x", "aksen"));
    }

    @Test
    void aSuspendedCompoundKeepsHyphenAndSpace() {
        assertEquals("byråds- og", d.resolve("byråds", "og"));
    }

    @Test
    void unknownFragmentsAreJoinedAsTypesetBreaks() {
        assertEquals("hjemsendt", d.resolve("hjem", "sendt"));
        assertEquals("medarbejderne", d.resolve("medar", "bejderne"));
    }

    @Test
    void theJoinerUsesItAcrossLines() {
        TextJoiner joiner = new TextJoiner(d);
        assertEquals("Alle faggrænser er ligegyldige, når vi hjælper hinanden og finder løsninger sammen.",
                joiner.join(List.of(TEXT.get(2), "", "anden og finder løsninger sammen.")));
    }

    @Test
    void aTextThatSuspendsCompoundsMidLineKeepsTheSpaceAtALineEnd() {
        Dehyphenator suspending = Dehyphenator.learn(List.of(
                "Fagligt med- og modspil: leder- medarbejder og medarbejder-",
                "leder. Hjemme arbejde og leder møder."));
        assertEquals("medarbejder- leder", suspending.resolve("medarbejder", "leder"));
        assertEquals("hjemmearbejde", d.resolve("hjemme", "arbejde"), "a text without such compounds joins");
    }
}
