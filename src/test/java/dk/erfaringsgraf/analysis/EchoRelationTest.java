package dk.erfaringsgraf.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.ItemKind;
import dk.erfaringsgraf.extract.KindBy;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The relation rule on items of my own phrasing (other municipalities' wording), not the corpus it was judged on. */
class EchoRelationTest {

    private final EchoRelation rule = new EchoRelation();

    @Test
    void helpedAgainstStruggledIsAContrastWhateverTheKinds() {
        Item a = item("aarhus", ItemKind.OBSERVATION, "Videomøder har gjort det lettere for de ældre borgere at få "
                + "hjælp, og flere har fået god støtte hjemme.");
        Item b = item("vejle", ItemKind.QUOTE, "De ældre borgere har haft det svært med videomøder og har savnet "
                + "hjælp.");
        assertEquals(new EchoRelation.Reading(EchoRelation.Relation.CONTRASTS, "valence"), read(a, b));
    }

    @Test
    void anOpportunityAgainstAChallengeOnOneTopicIsAContrast() {
        Item a = item("aarhus", ItemKind.OPPORTUNITY, "Skolerne og dagtilbuddene åbnede igen med små hold.");
        Item b = item("vejle", ItemKind.CHALLENGE, "Skolerne og dagtilbuddene åbnede igen i stor hast.");
        assertEquals(EchoRelation.Relation.CONTRASTS, read(a, b).relation());
    }

    @Test
    void threeSharedWordsWithoutOppositeLeaningsAgree() {
        Item a = item("odense", ItemKind.OPPORTUNITY, "Hjemmearbejde har givet medarbejderne mere ro og bedre "
                + "koncentration om opgaverne.");
        Item b = item("herning", ItemKind.QUOTE, "Vores medarbejdere fortæller om ro og koncentration, når de "
                + "har hjemmearbejde.");
        assertEquals(new EchoRelation.Reading(EchoRelation.Relation.AGREES, "shared-words"), read(a, b));
    }

    @Test
    void aQuestionMakesNoPointToAgreeWith() {
        Item a = item("odense", ItemKind.QUESTION, "Hvordan fastholder vi de digitale møder med borgerne efter "
                + "krisen?");
        Item b = item("herning", ItemKind.OBSERVATION, "De digitale møder med borgerne fortsætter efter krisen.");
        assertEquals(new EchoRelation.Reading(EchoRelation.Relation.RELATED, "question"), read(a, b));
    }

    @Test
    void twoSharedTopicWordsAreOnlyRelated() {
        Item a = item("aarhus", ItemKind.OBSERVATION, "Dagtilbud og skoler fik ekstra rengøring hver dag.");
        Item b = item("vejle", ItemKind.OBSERVATION, "Dagtilbud og skoler holdt forældremøder på video.");
        assertEquals(new EchoRelation.Reading(EchoRelation.Relation.RELATED, "topic"), read(a, b));
    }

    @Test
    void theSharedTopicWordsDoNotCountTowardsTheLean() {
        // "udfordrede" names the group both speak of; without it the first item reads positive, so this contrasts
        Item a = item("aarhus", ItemKind.OBSERVATION, "De udfordrede unge har fået det bedre og trives med "
                + "samtaler på skærm.");
        Item b = item("vejle", ItemKind.CHALLENGE, "De udfordrede unge mistrives med samtaler på skærm.");
        Set<String> shared = Set.copyOf(shared(a, b));
        assertEquals(1, EchoRelation.lean(a, shared));
        assertEquals(-1, EchoRelation.lean(b, shared));
    }

    private EchoRelation.Reading read(Item a, Item b) {
        return rule.read(a, b, shared(a, b));
    }

    private static List<String> shared(Item a, Item b) {
        DanishTerms terms = new DanishTerms();
        Set<String> shared = new LinkedHashSet<>(terms.terms(a.text()));
        shared.retainAll(Set.copyOf(terms.terms(b.text())));
        return List.copyOf(shared);
    }

    private static Item item(String source, ItemKind kind, String text) {
        return new Item(source, source + ".txt", "Afsnit", kind, KindBy.DEFAULT, text, null, List.of(), List.of(),
                List.of(), 1, 1, 0, List.of());
    }
}
