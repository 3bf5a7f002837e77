package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.testing.GraphFixture;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;

class GraphExportsIT {

    private final GraphStore store = GraphFixture.get().store();

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
        String gexf = export(GraphExports.Kind.ACTOR, GraphExports.Format.GEXF);
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
        assertEquals("--graph quotes: unknown (valid: theme, actor, source, full)", e.getMessage());
        assertEquals(List.of(GraphExports.Kind.THEME), List.of(GraphExports.kind(" Theme ")));
    }
}
