package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class GraphExportsIT {

    private final GraphStore store = GraphFixture.get().store();

    /** The scores are node attributes; they exist once the shared graph is analysed. */
    @BeforeAll
    static void analysed() {
        Analysis analysis = new Analysis(GraphFixture.get().store());
        if (!analysis.current()) {
            analysis.run();
        }
    }

    private String export(GraphExports.Kind kind, GraphExports.Format format) {
        StringWriter out = new StringWriter();
        GraphExports.write(store, kind, format, out);
        return out.toString();
    }

    private long count(String cypher) {
        return (Long) store.read(cypher, Map.of()).rows().get(0).get(0);
    }

    @Test
    void theThemeGraphRoundTripsThroughGraphmlWithItsAttributes() {
        String xml = export(GraphExports.Kind.THEME, GraphExports.Format.GRAPHML);
        Graph<String, DefaultWeightedEdge> g = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true).allowingMultipleEdges(true).edgeClass(DefaultWeightedEdge.class)
                .vertexSupplier(new java.util.function.Supplier<String>() {
                    private int n;
                    @Override
                    public String get() {
                        return "v" + n++;
                    }
                }).buildGraph();
        GraphMLImporter<String, DefaultWeightedEdge> importer = new GraphMLImporter<>();
        Map<String, String> ids = new HashMap<>();
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        importer.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>())
                .put(p.getSecond(), a));
        importer.setVertexFactory(id -> {
            ids.put(id, id);
            return id;
        });
        importer.importGraph(g, new StringReader(xml));
        assertEquals(27, g.vertexSet().size());
        long pairs = count("MATCH (t1:Theme)<-[:ABOUT]-(i:Item)-[:ABOUT]->(t2:Theme) WHERE t1.id < t2.id "
                + "RETURN count(DISTINCT [t1.id, t2.id])");
        assertEquals(pairs, g.edgeSet().size());
        assertEquals("Digitalisering og teknologi", attrs.get("theme:digitalisering").get("label").getValue());
        assertTrue(xml.contains("attr.name=\"weight\""), "edge weights are declared");
    }

    @Test
    void exportsAreByteIdenticalAndEveryFormatWorks() {
        for (GraphExports.Format f : GraphExports.Format.values()) {
            for (GraphExports.Kind k : GraphExports.Kind.values()) {
                String first = export(k, f);
                assertEquals(first, export(k, f), k + " " + f);
                assertTrue(first.length() > 100, k + " " + f);
            }
        }
        String gexf = export(GraphExports.Kind.ACTOR_THEME, GraphExports.Format.GEXF);
        assertTrue(gexf.contains("actor:corona-gruppe"), "actors are vertices");
        String sources = export(GraphExports.Kind.SOURCE, GraphExports.Format.DOT);
        // 27 themes and 4 sources; digitalisering is raised by all four.
        assertEquals(4, sources.lines().filter(l -> l.contains("theme:digitalisering") && l.contains("--")).count());
        String full = export(GraphExports.Kind.FULL, GraphExports.Format.JSON);
        assertTrue(full.contains("\"item:soroe-2020:332\""), "items are vertices of the full graph");
        // A quote of Sorø's Jobbanken chapter mentions Jobbanken by its section only: the edge weighs half.
        assertTrue(full.contains("\"source\":\"item:soroe-2020:769\",\"target\":\"actor:jobbanken\",\"weight\":0.5,"
                + "\"relation\":\"MENTIONS\""), "a section mention weighs 0.5 in the full graph");
        assertTrue(full.contains("\"source\":\"item:soroe-2020:756\",\"target\":\"actor:jobbanken\",\"weight\":1.0,"
                + "\"relation\":\"MENTIONS\""), "a mention in the item's own words weighs 1.0");
    }

    @Test
    void unknownNamesListTheValidOnes() {
        InputException e = assertThrows(InputException.class, () -> GraphExports.format("svg"));
        assertEquals("--format svg: unknown (valid: graphml, gexf, dot, json)", e.getMessage());
        e = assertThrows(InputException.class, () -> GraphExports.kind("quotes"));
        assertEquals("--graph quotes: unknown (valid: theme, actor-cooccurrence, actor-theme, source, full)", e.getMessage());
        assertEquals(List.of(GraphExports.Kind.THEME, GraphExports.Kind.ACTOR_COOCCURRENCE),
                List.of(GraphExports.kind(" Theme "), GraphExports.kind("actor-cooccurrence")));
        // the old name is ambiguous now that both actor graphs are exported: it fails, naming both
        e = assertThrows(InputException.class, () -> GraphExports.kind("actor"));
        assertTrue(e.getMessage().startsWith("--graph actor: ambiguous, use actor-cooccurrence"), e.getMessage());
        assertTrue(e.getMessage().contains("or actor-theme"), e.getMessage());
    }

    /** Every edge carries its weight as data (none left to a key default), in every projection. */
    @Test
    void graphmlWritesEveryWeightAndDeclaresNoDefaults() throws Exception {
        for (GraphExports.Kind kind : GraphExports.Kind.values()) {
            Document doc = parse(export(kind, GraphExports.Format.GRAPHML));
            assertEquals(0, doc.getElementsByTagNameNS(GRAPHML, "default").getLength(), kind + ": no key defaults");
            String weightKey = key(doc, "edge", "weight");
            NodeList edges = doc.getElementsByTagNameNS(GRAPHML, "edge");
            assertTrue(edges.getLength() > 0, kind.word());
            for (int i = 0; i < edges.getLength(); i++) {
                assertNotNull(data((Element) edges.item(i), weightKey), kind + " edge " + i + " has its weight");
            }
        }
        // The theme graph's weights, read back, add up to the items behind every co-coded pair; many weigh 1.
        Document theme = parse(export(GraphExports.Kind.THEME, GraphExports.Format.GRAPHML));
        String weightKey = key(theme, "edge", "weight");
        NodeList edges = theme.getElementsByTagNameNS(GRAPHML, "edge");
        double sum = 0;
        int ones = 0;
        for (int i = 0; i < edges.getLength(); i++) {
            double w = Double.parseDouble(data((Element) edges.item(i), weightKey));
            sum += w;
            ones += w == 1.0 ? 1 : 0;
        }
        long expected = count("MATCH (t1:Theme)<-[:ABOUT]-(i:Item)-[:ABOUT]->(t2:Theme) WHERE t1.id < t2.id "
                + "WITH t1, t2, count(DISTINCT i) AS w RETURN sum(w)");
        assertEquals(expected, (long) sum);
        assertTrue(ones > 0, "edges of weight 1 exist and are written");
    }

    @Test
    void bothActorGraphsCarryTheActorScores() throws Exception {
        Document co = parse(export(GraphExports.Kind.ACTOR_COOCCURRENCE, GraphExports.Format.GRAPHML));
        long actors = count("MATCH (a:Actor) RETURN count(a)");
        assertEquals(actors, co.getElementsByTagNameNS(GRAPHML, "node").getLength(), "every actor, isolated too");
        long pairs = count("MATCH (a1:Actor)<-[:MENTIONS {by: 'text'}]-(i:Item)-[:MENTIONS {by: 'text'}]->(a2:Actor) "
                + "WHERE a1.id < a2.id RETURN count(DISTINCT [a1.id, a2.id])");
        assertEquals(pairs, co.getElementsByTagNameNS(GRAPHML, "edge").getLength());
        double pagerank = ((Number) store.read("MATCH (a:Actor {id: 'corona-gruppe'}) RETURN a.pagerank", Map.of())
                .rows().get(0).get(0)).doubleValue();
        Document at = parse(export(GraphExports.Kind.ACTOR_THEME, GraphExports.Format.GRAPHML));
        for (Document doc : List.of(co, at)) {
            String key = key(doc, "node", "pagerank");
            Element corona = node(doc, "actor:corona-gruppe");
            assertEquals(pagerank, Double.parseDouble(data(corona, key)), 1e-12);
        }
        assertTrue(node(at, "theme:digitalisering") != null, "the actor-theme graph has the themes");
        assertEquals(null, node(co, "theme:digitalisering"), "the co-occurrence graph has actors only");
    }

    private static final String GRAPHML = "http://graphml.graphdrawing.org/xmlns";

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static String key(Document doc, String domain, String name) {
        NodeList keys = doc.getElementsByTagNameNS(GRAPHML, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element k = (Element) keys.item(i);
            if (k.getAttribute("for").equals(domain) && k.getAttribute("attr.name").equals(name)) {
                return k.getAttribute("id");
            }
        }
        throw new AssertionError("no " + domain + " key " + name);
    }

    private static String data(Element owner, String key) {
        NodeList data = owner.getElementsByTagNameNS(GRAPHML, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            if (d.getAttribute("key").equals(key)) {
                return d.getTextContent();
            }
        }
        return null;
    }

    private static Element node(Document doc, String id) {
        NodeList nodes = doc.getElementsByTagNameNS(GRAPHML, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("id").equals(id)) {
                return (Element) nodes.item(i);
            }
        }
        return null;
    }
}
