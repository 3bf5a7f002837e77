package dk.erfaringsgraf.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** /api/meta and /api/graph against the corpus graph (loaded and analysed by the fixture). */
class GraphApiIT {

    @Test
    void metaDescribesTheFourSourcesAndTheGraphSize() {
        JsonNode meta = Api.get("/api/meta");
        assertEquals(List.of("kl-2020", "komdir-2020", "norddjurs-2021", "soroe-2020"), Api.texts(meta.get("sources"), "id"));
        assertEquals(List.of("161", "105", "21", "386"), Api.texts(meta.get("sources"), "items"));
        assertEquals("Sorø Kommune", meta.get("sources").get(3).get("publisher").asText());
        JsonNode counts = meta.get("counts");
        assertEquals(673, counts.get("items").asInt());
        assertEquals(27, counts.get("themes").asInt());
        assertEquals(22, counts.get("actors").asInt());
        assertEquals(36, counts.get("echoes").asInt(), "ECHOES written by the analysis at the default threshold");
        assertEquals(8, meta.get("tables").size());
        assertTrue(meta.get("bolt").asText().startsWith("bolt://127.0.0.1:"));
    }

    /** Question is a kind of its own: listed in order, and every kind filter and count knows it. */
    @Test
    void questionIsAKindEveryFilterAccepts() {
        List<String> kinds = new ArrayList<>();
        Api.get("/api/meta").get("kinds").forEach(k -> kinds.add(k.asText()));
        assertEquals(List.of("opportunity", "challenge", "recommendation", "question", "observation", "quote"), kinds);
        JsonNode questions = Api.get("/api/items?kind=question&limit=5000");
        questions.get("items").forEach(i -> assertEquals("question", i.get("kind").asText()));
        JsonNode labelled = Api.post("/api/cypher", "{\"query\":\"MATCH (q:Question) RETURN count(q) AS n\"}");
        assertEquals(labelled.get("rows").get(0).get(0).asInt(), questions.get("total").asInt(),
                "the kind filter and the :Question label agree");
        JsonNode matrix = Api.get("/api/matrix?kind=question");
        assertEquals("question", matrix.get("kind").asText());
        assertEquals(27 * 4, matrix.get("cells").size());
        assertTrue(Api.get("/api/node/actor/corona-gruppe").get("counts").get("byKind").has("question"));
        assertEquals("kinds", Api.getError(400, "/api/graph?kinds=question,questions").get("parameter").asText());
    }

    @Test
    void defaultNetworkIsEveryThemeAndActorWithScores() {
        JsonNode graph = Api.get("/api/graph");
        JsonNode nodes = graph.get("nodes");
        assertEquals(49, nodes.size(), "27 themes + 22 actors, each with at least one item");
        JsonNode corona = node(graph, "actor:corona-gruppe");
        assertEquals("Corona-gruppen", corona.get("label").asText());
        assertEquals("The Corona group", corona.get("labelEn").asText(), "the codebook's English name");
        assertEquals("Job bank (staff redeployment)", node(graph, "actor:jobbanken").get("labelEn").asText());
        assertEquals("TRIO (manager and staff representatives)", node(graph, "actor:trio").get("labelEn").asText());
        assertEquals(List.of("soroe-2020"), List.of(corona.get("sources").get(0).asText()));
        assertEquals(1, corona.get("sources").size(), "Only Sorø names its Corona-gruppe");
        assertEquals(9, corona.get("items").asInt());
        assertEquals(0.0576, corona.get("metrics").get("pagerank").asDouble(), 1e-4);
        JsonNode digital = node(graph, "theme:digitalisering");
        assertEquals(0.354, digital.get("metrics").get("betweenness").asDouble(), 1e-3);
        assertEquals("Digitalisation and technology", digital.get("labelEn").asText());
        assertEquals(61, graph.get("links").size(), "the backbone of the co-occurrence and actor–theme links");
        assertEquals("backbone", graph.get("filters").get("links").asText());
        assertLinksJoinNodes(graph);
    }

    /**
     * The default network is the backbone: 61 of the 585 links (48 of a spanning tree of the 49 nodes, 13 more that
     * the disparity filter finds significant at α = 0.05 for one of their ends); links=all gives all 585. The
     * backbone keeps every node linked: its components are those of the full graph.
     */
    @Test
    void defaultLinksAreTheBackboneAndAllAreOneParameterAway() {
        JsonNode backbone = Api.get("/api/graph");
        JsonNode all = Api.get("/api/graph?links=all");
        assertEquals(585, all.get("links").size(), "co-occurrence and actor–theme links of the typed findings");
        assertEquals("all", all.get("linkChoice").get("rule").asText());
        JsonNode choice = backbone.get("linkChoice");
        assertEquals("backbone", choice.get("rule").asText());
        assertEquals(0.05, choice.get("alpha").asDouble());
        assertEquals(61, choice.get("shown").asInt());
        assertEquals(585, choice.get("total").asInt());
        assertEquals(components(all), components(backbone), "the backbone cuts no node off");
        assertEquals(1, Set.copyOf(components(all).values()).size(), "the 49 themes and actors form one component");
        Set<String> allLinks = new HashSet<>();
        all.get("links").forEach(l -> allLinks.add(l.get("source").asText() + ">" + l.get("target").asText()));
        backbone.get("links").forEach(l -> assertTrue(allLinks.contains(l.get("source").asText() + ">" + l.get("target").asText())));
        // Digitalisation's strongest link (39 items with virtual meetings) is in the backbone.
        assertTrue(hasLink(backbone, "theme:digitalisering", "theme:virtuelle-moeder"));

        JsonNode themes = Api.get("/api/graph?types=theme");
        assertEquals(297, themes.get("linkChoice").get("total").asInt());
        assertEquals(29, themes.get("links").size(), "26 of a spanning tree of the 27 themes and 3 more the filter keeps");
        JsonNode error = Api.getError(400, "/api/graph?links=some");
        assertEquals("links", error.get("parameter").asText());
        assertTrue(error.get("message").asText().contains("backbone, all"));
    }

    private static boolean hasLink(JsonNode graph, String a, String b) {
        for (JsonNode l : graph.get("links")) {
            String s = l.get("source").asText(), t = l.get("target").asText();
            if ((s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a))) {
                return true;
            }
        }
        return false;
    }

    /** Each node's component, named by its smallest member id. */
    private static java.util.Map<String, String> components(JsonNode graph) {
        java.util.Map<String, String> root = new java.util.TreeMap<>();
        graph.get("nodes").forEach(n -> root.put(n.get("id").asText(), n.get("id").asText()));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (JsonNode l : graph.get("links")) {
                String a = root.get(l.get("source").asText()), b = root.get(l.get("target").asText());
                String min = a.compareTo(b) < 0 ? a : b;
                for (String end : List.of(l.get("source").asText(), l.get("target").asText())) {
                    if (!root.get(end).equals(min)) {
                        root.put(end, min);
                        changed = true;
                    }
                }
            }
        }
        return root;
    }

    @Test
    void filtersBySourceKindWeightAndType() {
        JsonNode kl = Api.get("/api/graph?sources=kl-2020");
        assertEquals(41, kl.get("nodes").size(), "KL touches 27 themes and 14 actors");
        kl.get("nodes").forEach(n -> assertEquals("kl-2020", n.get("sources").get(0).asText()));
        assertFalse(ids(kl).contains("actor:corona-gruppe"));

        JsonNode heavy = Api.get("/api/graph?minWeight=5&links=all");
        assertEquals(167, heavy.get("links").size());
        heavy.get("links").forEach(l -> assertTrue(l.get("weight").asInt() >= 5));

        JsonNode challenges = Api.get("/api/graph?kinds=challenge&types=theme");
        challenges.get("nodes").forEach(n -> assertEquals("theme", n.get("type").asText()));
        // not only Sorø writes challenges now: KL's "social slagside" is about digitalisation too
        List<String> writers = new java.util.ArrayList<>();
        node(challenges, "theme:digitalisering").get("sources").forEach(x -> writers.add(x.asText()));
        assertEquals(List.of("kl-2020", "soroe-2020"), writers);
        assertEquals(16, node(challenges, "theme:digitalisering").get("items").asInt());
    }

    @Test
    void fullFindingsGraphHasItemsSourcesAndEchoes() {
        JsonNode full = Api.get("/api/graph?types=theme,actor,source,item&links=all");
        assertEquals(707, full.get("nodes").size(), "27 themes, 22 actors, 4 sources, 654 coded items");
        // 1561 about, 338 cooccurs, 247 involves, 234 mentions, 97 covers, 36 echoes.
        assertEquals(2513, full.get("links").size());
        long echoes = 0;
        List<Double> bySection = new ArrayList<>();
        long mentions = 0;
        for (JsonNode l : full.get("links")) {
            echoes += l.get("type").asText().equals("echoes") ? 1 : 0;
            if (l.get("type").asText().equals("mentions")) {
                mentions++;
                if (l.get("weight").asDouble() < 1) {
                    bySection.add(l.get("weight").asDouble());
                }
            }
        }
        assertEquals(36, echoes);
        // 211 items name an actor; 23 item–actor links come from a section title alone and weigh half.
        assertEquals(234, mentions);
        assertEquals(23, bySection.size());
        assertEquals(Set.of(0.5), Set.copyOf(bySection));
        assertLinksJoinNodes(full);
    }

    @Test
    void filteredScopeRescoresTheChosenFindingsWithTheAnalysisCode() {
        JsonNode whole = Api.get("/api/graph");
        JsonNode same = Api.get("/api/graph?scope=filtered");
        for (JsonNode n : same.get("nodes")) {
            JsonNode stored = node(whole, n.get("id").asText());
            assertEquals(stored.get("community").asInt(), n.get("community").asInt(), n.get("id").asText());
            n.get("metrics").fields().forEachRemaining(m ->
                    assertEquals(stored.get("metrics").get(m.getKey()).asDouble(), m.getValue().asDouble(), 1e-9,
                            "with every finding chosen, the rescoring equals what analyze stored: " + n.get("id") + " " + m.getKey()));
        }
        JsonNode challenges = Api.get("/api/graph?scope=filtered&sources=soroe-2020&kinds=challenge");
        assertEquals("filtered", challenges.get("filters").get("scope").asText());
        assertEquals(0.371, node(challenges, "theme:krisehaandtering").get("metrics").get("betweenness").asDouble(), 1e-3,
                "in Sorø's challenges crisis management bridges most, not digitalisation (0.354 overall)");
        assertEquals(0.188, node(challenges, "theme:digitalisering").get("metrics").get("betweenness").asDouble(), 1e-3);
        assertEquals("scope", Api.getError(400, "/api/graph?scope=some").get("parameter").asText());
    }

    @Test
    void badFiltersNameTheParameter() {
        JsonNode kinds = Api.getError(400, "/api/graph?kinds=challenge,foo");
        assertEquals("kinds", kinds.get("parameter").asText());
        assertTrue(kinds.get("message").asText().contains("'foo'"));
        assertEquals("minWeight", Api.getError(400, "/api/graph?minWeight=0").get("parameter").asText());
        assertEquals("sources", Api.getError(400, "/api/graph?sources=xx-2020").get("parameter").asText());
        assertEquals("types", Api.getError(400, "/api/graph?types=person").get("parameter").asText());
    }

    private static void assertLinksJoinNodes(JsonNode graph) {
        Set<String> ids = ids(graph);
        graph.get("links").forEach(l -> {
            assertTrue(ids.contains(l.get("source").asText()), l.toString());
            assertTrue(ids.contains(l.get("target").asText()), l.toString());
        });
    }

    private static Set<String> ids(JsonNode graph) {
        return new HashSet<>(Api.texts(graph.get("nodes"), "id"));
    }

    static JsonNode node(JsonNode graph, String id) {
        return Api.find(graph.get("nodes"), "id", id);
    }
}
