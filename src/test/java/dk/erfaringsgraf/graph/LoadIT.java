package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.Config;
import dk.erfaringsgraf.testing.GraphFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LoadIT {

    private final GraphFixture fixture = GraphFixture.get();

    private long count(String cypher) {
        return (Long) fixture.store().read(cypher, Map.of()).rows().get(0).get(0);
    }

    @Test
    void nodeCountsPerLabel() {
        Map<String, Long> nodes = fixture.firstLoad().nodes();
        // 5 files, 4 sources: the Sorø PDF is a rendition of the Sorø report.
        assertEquals(4L, nodes.get("Source"));
        assertEquals(673L, nodes.get("Item"));
        assertEquals(220L, nodes.get("Quote"));
        assertEquals(453L, nodes.get("Finding"));
        // typed in every source now (Sorø's labels alone gave 62 / 70 / 53): see the finding classifier
        assertEquals(182L, nodes.get("Opportunity"));
        assertEquals(84L, nodes.get("Challenge"));
        assertEquals(100L, nodes.get("Recommendation"));
        assertEquals(7L, nodes.get("Question"));
        assertEquals(80L, nodes.get("Observation"));
        assertEquals(27L, nodes.get("Theme"));
        assertEquals(22L, nodes.get("Actor"));
        // 17 people in 16 municipalities; "Stefan Birkebjerg" is Stefan Birkebjerg Andersen, one person
        assertEquals(17L, nodes.get("Person"));
        // 15 KL roles and Sorø's "forælder".
        assertEquals(16L, nodes.get("Role"));
    }

    @Test
    void itemsPerSourceAndRenditions() {
        List<List<Object>> rows = fixture.store().read(
                "MATCH (s:Source)<-[:PART_OF]-(:Section)<-[:IN_SECTION]-(i:Item) "
                        + "RETURN s.id, count(i), size(s.renditions) ORDER BY s.id", Map.of()).rows();
        assertEquals(List.of(List.of("kl-2020", 161L, 1L), List.of("komdir-2020", 105L, 1L),
                List.of("norddjurs-2021", 21L, 1L), List.of("soroe-2020", 386L, 2L)), rows);
    }

    @Test
    void quotesAreSaidByPeopleOfMunicipalitiesOrByRoles() {
        assertEquals(26L, count("MATCH (:Quote)-[:SAID_BY]->(:Person) RETURN count(*)"));
        assertEquals(27L, count("MATCH (:Quote)-[:SAID_BY]->(:Role) RETURN count(*)"));
        assertEquals(1L, count("MATCH (q:Quote {source: 'komdir-2020', line: 511})-[:SAID_BY]->(:Person {name: 'Søren S. Kjær'})"
                + "-[:BELONGS_TO]->(:Organisation {name: 'Sorø Kommune'}) RETURN count(*)"));
        assertEquals(2L, count("MATCH (:Role {name: 'fagdirektør, sundhedsområdet'})<-[:SAID_BY]-(q) RETURN count(q)"));
    }

    @Test
    void everyItemKeepsItsFirstAndLastLine() {
        assertEquals(0L, count("MATCH (i:Item) WHERE i.lineTo IS NULL OR i.lineTo < i.line RETURN count(i)"));
        // 157 items run over several lines: komdir's wrapped paragraphs and the sentences split from them, KL
        // quotes with their attribution line.
        assertEquals(157L, count("MATCH (i:Item) WHERE i.lineTo > i.line RETURN count(i)"));
        assertEquals(List.of(List.of(41L, 49L)), fixture.store().read(
                "MATCH (f:Finding {id: 'komdir-2020:41'}) RETURN f.line, f.lineTo", Map.of()).rows());
        assertEquals(List.of(List.of(511L, 513L)), fixture.store().read(
                "MATCH (q:Quote {source: 'komdir-2020', line: 511}) RETURN q.line, q.lineTo", Map.of()).rows());
        // No bundled file is a paged form (the Sorø "PDF" is its text dump): page stays unset, not 0.
        assertEquals(0L, count("MATCH (i:Item) WHERE i.page IS NOT NULL RETURN count(i)"));
    }

    @Test
    void recommendationsAddressChallengesOfTheirOwnSource() {
        assertEquals(0L, count("MATCH (r:Recommendation)-[:ADDRESSES]->(c:Challenge) WHERE r.source <> c.source RETURN count(*)"));
        assertEquals(1L, count("MATCH (r:Recommendation {id: 'soroe-2020:807'})-[:ADDRESSES]->"
                + "(c:Challenge {id: 'soroe-2020:797'}) RETURN count(*)"));
    }

    @Test
    void theSchemaIsInPlaceAndApplyingItAgainChangesNothing() {
        List<List<Object>> constraints = fixture.store().read(
                "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", Map.of()).rows();
        assertEquals(List.of(List.of("actor_id"), List.of("item_id"), List.of("organisation_name"),
                List.of("person_name"), List.of("role_name"), List.of("section_id"), List.of("source_id"),
                List.of("theme_id")), constraints);
        fixture.store().applySchema();
        assertEquals(constraints, fixture.store().read(
                "SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name", Map.of()).rows());
        assertEquals(List.of(List.of("FULLTEXT", List.of("Item"), List.of("text"))), fixture.store().read(
                "SHOW INDEXES YIELD name, type, labelsOrTypes, properties WHERE name = 'item_text' "
                        + "RETURN type, labelsOrTypes, properties", Map.of()).rows());
    }

    @Test
    void mentionsSayWhetherTheItemOrItsSectionNamesTheActor() {
        // 211 mentions by the items' own words; 23 by a section title alone: Sorø's "Jobbanken – udsendte
        // medarbejdere" (13 items) and "Tanker fra direktionen" (5), KOMDIR's "SAMSPILLET MED POLITIKERNE" (3) and
        // KL's "Kriseberedskabet i kommunerne" (2).
        assertEquals(List.of(List.of("section", 0.5, 23L), List.of("text", 1.0, 211L)), fixture.store().read(
                "MATCH (:Item)-[m:MENTIONS]->(:Actor) RETURN m.by, m.weight, count(*) ORDER BY m.by", Map.of()).rows());
        assertEquals(List.of(List.of("byraad", 3L), List.of("direktion", 5L), List.of("jobbanken", 13L),
                List.of("kriseberedskab", 2L)), fixture.store().read("MATCH (:Item)-[:MENTIONS {by: 'section'}]->(a:Actor)"
                + " RETURN a.id, count(*) ORDER BY a.id", Map.of()).rows());
        assertEquals(0L, count("MATCH (i:Item)-[m1:MENTIONS]->(a:Actor)<-[m2:MENTIONS]-(i) WHERE m1 <> m2 RETURN count(*)"),
                "an item mentions an actor once: by text wins over by section");
        // Sorø line 769, a quote of the Jobbanken chapter that never says the word, and all six of the chapter's quotes.
        assertEquals(List.of(List.of("jobbanken", "section")), fixture.store().read(
                "MATCH (:Quote {id: 'soroe-2020:769'})-[m:MENTIONS]->(a:Actor) RETURN a.id, m.by", Map.of()).rows());
        assertEquals(List.of(List.of("section", 6L)), fixture.store().read("MATCH (:Actor {id: 'jobbanken'})"
                + "<-[m:MENTIONS]-(q:Quote) RETURN m.by, count(q)", Map.of()).rows());
    }

    @Test
    void loadingAgainChangesNothing() {
        LoadReport again = new App(Config.defaults()).load(fixture.store(), false, line -> { });
        assertEquals(List.of(), again.loaded());
        assertEquals(List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"), again.unchanged());
        assertEquals(fixture.firstLoad().nodes(), again.nodes());
        assertEquals(fixture.firstLoad().relationships(), again.relationships());
    }
}
