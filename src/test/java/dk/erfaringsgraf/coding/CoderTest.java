package dk.erfaringsgraf.coding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.testing.CorpusFiles;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Sentences are copied from the corpus; each expectation says which words carry the code. */
class CoderTest {

    private static final Coder CODER = Coder.withDefaultCodebook();

    private static List<String> themes(String section, String text) {
        return CODER.code(section, text).themes();
    }

    @Test
    void soroeCoronaGruppenIsTheCoronaGroupActor() {
        // Sorø, Tværgående samarbejde, line 157: "Corona-gruppen" twice → actor and krisehaandtering (2 hits, 0.67);
        // "fællesskab" → relationer-faellesskab; the section title → tvaergaaende-samarbejde.
        String text = "Corona-gruppen er et godt bindeled i organisationen, som efterspørger et forsat fællesskab på"
                + " tværs. Så kan vi tage de positive erfaringer fra Corona-gruppen med ind i fremtiden?";
        String section = "Tværgående samarbejde og opgavefællesskab";
        assertEquals(new Coding(List.of("krisehaandtering", "relationer-faellesskab", "tvaergaaende-samarbejde"),
                List.of("corona-gruppe")), CODER.code(section, text));
        assertEquals(List.of(
                new ThemeHit("tvaergaaende-samarbejde", ThemeHit.By.SECTION, 1.0),
                new ThemeHit("krisehaandtering", ThemeHit.By.KEYWORD, 0.67),
                new ThemeHit("relationer-faellesskab", ThemeHit.By.KEYWORD, 0.5)), CODER.themeHits(section, text));
    }

    @Test
    void kriseberedskabsmoederneIsTheCrisisBody() {
        // Sorø line 136: the compound "kriseberedskabsmøderne" starts with the stem "kriseberedskab".
        Coding coding = CODER.code("Tværgående samarbejde og opgavefællesskab",
                "Energi og sammenhængskraft fra kriseberedskabsmøderne skal med ind i en ny hverdag.");
        assertEquals(List.of("kriseberedskab"), coding.actors());
        assertEquals(List.of("krisehaandtering", "relationer-faellesskab", "tvaergaaende-samarbejde"), coding.themes());
    }

    @Test
    void jobbankenAndTeamVaernemidler() {
        // Sorø line 756 (Jobbanken chapter) and line 212 (Arbejds miljø og trivsel, printed with a space).
        Coding jobbank = CODER.code("Jobbanken – udsendte medarbejdere", "Jobbanken fungerede ikke optimalt og udsendte"
                + " medarbejdere følte sig til overs og presset på egne opgaver på samme tid.");
        assertEquals(new Coding(List.of("jobbank-udlaan"), List.of("jobbanken")), jobbank);
        Coding team = CODER.code("Arbejds miljø og trivsel",
                "Presset på lederne har til tider ført til, at medarbejderne i Team Værnemidler er blevet overfuset.");
        // "Team Værnemidler" also starts with "værnemid"; "overfuset" is a wellbeing word, but the section already
        // gives arbejdsmiljoe-trivsel with weight 1.0.
        assertEquals(new Coding(List.of("arbejdsmiljoe-trivsel", "vaernemidler-hygiejne"), List.of("team-vaernemidler")),
                team);
    }

    @Test
    void klLeadershipSentenceUnderDriftSection() {
        // KL, "Fokus på driften, resultaterne og det borgernære": the section maps to kerneopgave-drift and
        // borgerservice; "ledelseskæden" → ledelse; "skoleeleverne", "undervisning" → undervisning (2 hits);
        // "ældre", "pleje" → sundhed-aeldre (2 hits).
        String section = "Fokus på driften, resultaterne og det borgernære";
        String text = "Det gik igen i samtalerne, at mange i ledelseskæden har haft et noget større fokus på drift og"
                + " resultater i foråret end normalt. Der var fokus på at finde løsninger, der virkede for borgerne, og"
                + " på kvaliteten af dem – at skoleeleverne fik god undervisning, at børnene blev passet trygt og godt,"
                + " at de ældre fik den nødvendige pleje, og at der var flow i sagsbehandlingen.";
        assertEquals(List.of(
                new ThemeHit("ledelse", ThemeHit.By.KEYWORD, 0.5),
                new ThemeHit("borgerservice", ThemeHit.By.SECTION, 1.0),
                new ThemeHit("undervisning", ThemeHit.By.KEYWORD, 0.67),
                new ThemeHit("sundhed-aeldre", ThemeHit.By.KEYWORD, 0.67),
                new ThemeHit("kerneopgave-drift", ThemeHit.By.SECTION, 1.0)), CODER.themeHits(section, text));
        assertEquals(List.of(), CODER.actors(text));
    }

    @Test
    void theThreeDigitalChaptersMeetInOneTheme() {
        ThemeHit bySection = new ThemeHit("digitalisering", ThemeHit.By.SECTION, 1.0);
        for (String section : List.of("Teknologi", "Digitalisering", "CORONAKRISEN – DEN DIGITALE DYNAMO")) {
            // A sentence without any digital keyword: the section alone carries the theme.
            assertEquals(List.of(bySection), CODER.themeHits(section, "Vi har værdifulde erfaringer til fremtiden."),
                    section);
        }
        // Sorø's "Teknologi" must be the chapter, not any title containing the word.
        assertFalse(themes("Teknik- og miljøområdet", "Vi har værdifulde erfaringer til fremtiden.")
                .contains("digitalisering"));
    }

    @Test
    void bothRenditionsOfTheWellbeingChapterMapToOneTheme() {
        // The .txt prints "Arbejds miljø og trivsel", the PDF "Arbejdsmiljø og trivsel".
        String text = "Vi har værdifulde erfaringer til fremtiden.";
        assertEquals(List.of("arbejdsmiljoe-trivsel"), themes("Arbejds miljø og trivsel", text));
        assertEquals(List.of("arbejdsmiljoe-trivsel"), themes("Arbejdsmiljø og trivsel", text));
    }

    @Test
    void aSectionMatchWinsOverKeywordsOfTheSameTheme() {
        // Sorø "Teknologi" line 268: "digitale redskaber" is a keyword too, but only one hit per theme is kept.
        assertEquals(List.of(new ThemeHit("digitalisering", ThemeHit.By.SECTION, 1.0)), CODER.themeHits("Teknologi",
                "Alle er blevet tvunget til at bruge de digitale redskaber, og det har hævet niveauet for alle på meget"
                        + " kort tid."));
    }

    @Test
    void aQuoteInJobbankensChapterMentionsJobbankenBySection() {
        // Sorø line 769: an unattributed quote in the chapter "Jobbanken – udsendte medarbejdere" that never says
        // "Jobbank": the chapter names the actor, so the quote mentions it by section, not by text.
        String section = "Jobbanken – udsendte medarbejdere";
        String quote = "Det, jeg så var, at de medarbejdere, som blev sendt ud og skulle ud til os og være med i vores"
                + " beredskab, de var ramt og havde det svært med det. Der var meget ledelsesarbejde med at få ro på dem."
                + " Det skal vi tænke anderledes. Der, var der noget, der gik for stærkt.";
        assertEquals(List.of(new ActorHit("jobbanken", ActorHit.By.SECTION)), CODER.actorHits(section, quote));
        Coding coding = CODER.code(section, quote);
        assertEquals(List.of(), coding.actors(), "the quote's own words name no actor ('beredskab' alone is not one)");
        assertEquals(List.of("jobbanken"), coding.actorsBySection());
        // Line 756 in the same chapter says "Jobbanken" itself: by text, and not a second time by section.
        assertEquals(List.of(new ActorHit("jobbanken", ActorHit.By.TEXT)), CODER.actorHits(section,
                "Jobbanken fungerede ikke optimalt og udsendte medarbejdere følte sig til overs og presset på egne"
                        + " opgaver på samme tid."));
        // Without a section the same quote mentions nobody.
        assertEquals(List.of(), CODER.actorHits(null, quote));
    }

    @Test
    void textAndSectionMentionsOfDifferentActorsSitSideBySide() {
        // KOMDIR line 634 under "SAMSPILLET MED POLITIKERNE": the sentence names the chief executives, the
        // heading names the politicians (byraad); the heading's "MED" is a preposition, not the MED committee.
        List<ActorHit> hits = CODER.actorHits("SAMSPILLET MED POLITIKERNE", "Kommunaldirektørerne giver generelt"
                + " udtryk for et godt og tillidsfuldt samarbejde med den politiske ledelse – før og under krisen.");
        assertEquals(List.of(new ActorHit("byraad", ActorHit.By.SECTION),
                new ActorHit("kommunaldirektoer", ActorHit.By.TEXT)), hits);
        assertEquals(1.0, ActorHit.By.TEXT.weight());
        assertEquals(0.5, ActorHit.By.SECTION.weight(), "a section mention is weaker than the text");
        assertEquals("section", ActorHit.By.SECTION.label());
    }

    @Test
    void klIsAWholeUppercaseWordOnly() {
        // Sorø line 100: "kommunikation fra KL, styrelser osv." → kl and the national agencies.
        assertEquals(List.of("jobbanken", "kl", "regering-styrelser"), CODER.actors("Til gengæld har den omfattende"
                + " kommunikation fra KL, styrelser osv. med konstante ændringer været en udfordring, ligesom Jobbanken"
                + " kan forbedres."));
        // Norddjurs: the genitive "KLs".
        assertEquals(List.of("kl"), CODER.actors("tidlig i pandemien positivt for en invitation ind i KLs"
                + " landsdækkende arbejde med at skabe læring"));
        // KOMDIR thanks "KLK" (another body), KL's address has "kl@kl.dk", and "kl." is the clock.
        assertEquals(List.of("kommunaldirektoer"), CODER.actors("En stor tak til kommunaldirektørerne for at deltage i"
                + " denne undersøgelse og til KLK for sparring i processen."));
        assertEquals(List.of(), CODER.actors("Tlf. 3370 3370 kl@kl.dk www.kl.dk"));
        assertEquals(List.of(), CODER.actors("Mødet begynder kl. 10 på rådhuset."));
    }

    @Test
    void beredskabAloneAndBeredskabsplanAreNotTheCrisisBody() {
        // Sorø line 707: "beredskab" here is the emergency staffing status; line 807: a plan.
        assertEquals(List.of(), CODER.actors("Medarbejderne kan ikke finde ud af, hvad beredskab er. Vi skal se på"
                + " noget kommunikativt her."));
        Coding plan = CODER.code("Værnemidler", "Vi skal lave en beredskabsplan for, hvordan vi griber det an, når vi"
                + " ikke kan få nok værnemidler");
        assertEquals(List.of(), plan.actors());
        // ... but a plan still belongs to the crisis-management theme.
        assertEquals(List.of("krisehaandtering", "vaernemidler-hygiejne"), plan.themes());
        // KOMDIR's "kriseledelsens" (definite: the body) counts as kriseberedskab.
        assertEquals(List.of("kriseberedskab"), CODER.actors("Mens kriseledelsens værktøjer bliver pakket væk i takt"
                + " med smittekurvens fald, vil krisens ledelse efterlade et permanent og positivt aftryk på de"
                + " kommunale organisationer."));
    }

    @Test
    void coronaLedermoederAreNotTheCoronaGroup() {
        // Sorø line 723: sector-level leader meetings, not the cross-disciplinary Corona-gruppe.
        assertEquals(List.of(), CODER.actors("Det var godt, at der hurtigt blev nedsat corona-ledermøder på tværs i"
                + " vores sektor. Vi havde ikke psykiatrien og bostøtte med."));
        // Sorø line 735: both bodies in one quote.
        assertEquals(List.of("corona-gruppe", "kriseberedskab"), CODER.actors("Havde vi kun haft kriseberedskabet, så"
                + " var vi ikke lykkedes på den her måde. Corona-gruppen er på en eller anden måde det"
                + " innovationstænkende i det her."));
    }

    @Test
    void politicsIsNotPoliceAndPoliceTapeIsNotPolice() {
        // KL: "politi" as a whole word; "Politibånd" (police tape) and Sorø's "Politikerne" are not the police.
        assertEquals(List.of("politi"), CODER.actors("I samarbejdet mellem kommune og politi blev det fx oplevet som en"
                + " afgørende fordel, at de to myndigheder kunne samstemme kommunikationen."));
        assertEquals(List.of(), CODER.actors("Politibånd gjorde forældrene utrygge, når de mødte ind til et sådant"
                + " scenarie, fordi det illustrerede ulykke."));
        assertEquals(new Coding(List.of("lokaldemokrati"), List.of("byraad")), CODER.code("Lokaldemokrati",
                "Politikerne oplever, at der er kommet større politisk afstand og et politisk vakuum."));
    }

    @Test
    void norddjursBodies() {
        assertEquals(List.of("sundhedskrisestab"), CODER.actors("Sundhedskrisestaben, med Sundhed- og omsorgschef Søs"
                + " Fuglsang som formand, har været aktiveret og har håndteret situationen"));
        assertEquals(List.of("med-hovedudvalg"), CODER.actors("Hovedudvalget har siden marts 2020 haft Covid-19 på"
                + " dagsordenen fast på alle møder frem til hovedudvalgsmødet den 19. august 2021"));
        assertEquals(List.of("med-hovedudvalg", "trio"), CODER.actors("udarbejdet et notat om opsamling og"
                + " fremtidsperspektiver efter Corona-tiden til inspiration og videre dialog på de enkelte"
                + " aftaleenheders lokale MED og TRIO."));
        // "tillidsrepræsentanter" are shop stewards: no trust theme; the chief executive is a role.
        assertEquals(new Coding(List.of(), List.of("kommunaldirektoer")), CODER.code(null, "Gruppen var sammensat"
                + " bredt blandt organisationens ledere og tillidsrepræsentanter med kommunaldirektør Christian"
                + " Bertelsen som formand."));
        // KL's "en sundhedskrise" is a crisis, not the crisis staff.
        assertEquals(List.of(), CODER.actors("Den ekstraordinære situation og det at stå i en sundhedskrise med både"
                + " hjemsendte medarbejdere og medarbejdere i frontpositioner"));
    }

    @Test
    void uppercaseMedInAHeadingIsThePreposition() {
        // KOMDIR's heading "SAMSPILLET MED POLITIKERNE": politicians yes, MED committee no.
        assertEquals(List.of("byraad"), CODER.actors("SAMSPILLET MED POLITIKERNE"));
        assertEquals(List.of("kommunaldirektoerforeningen"), CODER.actors("Kommunaldirektørforeningen ønsker med"
                + " denne undersøgelse, at vi sammen bliver klogere på potentialet til forandring"));
    }

    @Test
    void teamsThePlatformIsCapitalisedTeamsThePluralIsNot() {
        // Sorø line 139: "mindre teams" (small teams) is not a meeting platform.
        assertFalse(themes("Tværgående samarbejde og opgavefællesskab", "Arbejdet i mindre teams giver fleksibilitet,"
                + " indsigt og forståelse for hinandens arbejdsopgaver højner samarbejdet og fagligheden")
                .contains("virtuelle-moeder"));
        // Sorø line 323 without its section: "Virtuelle møder" (stem and pattern) and "Teams" → 3 hits, 0.75.
        assertTrue(CODER.themeHits(null, "Virtuelle møder på Teams er kortere og mere effektive, og de giver mere tid"
                + " til kerneopgaven.").contains(new ThemeHit("virtuelle-moeder", ThemeHit.By.KEYWORD, 0.75)));
    }

    @Test
    void actorsInEveryLineOfTheSoroeReport() {
        // Counted by hand with grep over soroe-laering-og-erfaring-2020.txt, one count per line:
        // corona-gruppe 9 (lines 100, 135, 157, 171, 688, 694, 706, 729, 735); kriseberedskab 10 (100, 102 footnote,
        // 136, 611, 688, 694, 702, 706, 735, 799); jobbanken 9 (TOC 47, 100, 137, 688, heading 745, 747, 756, 765,
        // 786); team-vaernemidler 5 (135 værnemiddelteamet, 212, 790, 799, 816); lederforum 6 (70, 118, 578, 696,
        // 714, 727); med-hovedudvalg 1 (line 70: "i Hovedudvalget og MED-systemet").
        Document soroe = CorpusFiles.document(CorpusFiles.SOROE);
        Map<String, Integer> lines = new TreeMap<>();
        for (String line : soroe.lines()) {
            CODER.actors(line).forEach(id -> lines.merge(id, 1, Integer::sum));
        }
        assertEquals(9, lines.get("corona-gruppe"));
        assertEquals(10, lines.get("kriseberedskab"));
        assertEquals(9, lines.get("jobbanken"));
        assertEquals(5, lines.get("team-vaernemidler"));
        assertEquals(6, lines.get("lederforum"));
        assertEquals(1, lines.get("med-hovedudvalg"));
        assertFalse(lines.containsKey("politi"), "Sorø never mentions the police");
    }

    @Test
    void keywordWeightGrowsWithHitsButStaysBelowASectionMatch() {
        assertEquals(0.5, Coder.keywordWeight(1));
        assertEquals(0.67, Coder.keywordWeight(2));
        assertEquals(0.75, Coder.keywordWeight(3));
        // 199/200 would round to 1.0 and pass for a section match: capped.
        assertEquals(0.95, Coder.keywordWeight(199));
    }

    @Test
    void aUserCodebookIsUsedAsGiven() {
        Codebook codebook = new Codebook(
                List.of(new Theme("hygiejne", "Hygiejne", "Hygiene", "Hygiejne.", List.of(), List.of("hygiejne"),
                        List.of())),
                List.of(new Actor("team", "Team Værnemidler", "PPE team", ActorKind.GROUP, List.of("team værnemidler"), List.of())));
        Coding coding = new Coder(codebook).code(null, "Hygiejne er på alles radar nu, og det vil fortsætte fremover.");
        assertEquals(new Coding(List.of("hygiejne"), List.of()), coding);
        assertThrows(NullPointerException.class, () -> new Coder(codebook).code("Værnemidler", null));
    }

    @Test
    void codingsAreSortedAndDistinct() {
        assertEquals(List.of("a", "b"), new Coding(List.of("b", "a", "b"), List.of()).themes());
        // An actor the text names is never also listed as named by the section.
        Coding coding = new Coding(List.of(), List.of("kl"), List.of("kl", "byraad", "byraad"));
        assertEquals(List.of("byraad"), coding.actorsBySection());
        assertEquals(List.of(), new Coding(List.of(), List.of()).actorsBySection());
    }
}
