package dk.erfaringsgraf.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.json.JSONExporter;

/** The jgrapht-io exporters, configured with the attributes of an {@link GraphExports.ExportGraph}. */
final class Exporters {

    private Exporters() {
    }

    static GraphExporter<String, DefaultWeightedEdge> create(GraphExports.Format format, GraphExports.ExportGraph g) {
        return switch (format) {
            case GRAPHML -> graphml(g);
            case GEXF -> gexf(g);
            case DOT -> dot(g);
            case JSON -> json(g);
        };
    }

    private static GraphMLExporter<String, DefaultWeightedEdge> graphml(GraphExports.ExportGraph g) {
        GraphMLExporter<String, DefaultWeightedEdge> e = new GraphMLExporter<>(v -> v);
        e.setEdgeIdProvider(g.edgeIds::get);
        e.setVertexAttributeProvider(g.vertexAttributes::get);
        // jgrapht's own weight key has a default of 1.0 and leaves out the data of every edge weighing 1.0, which
        // a reader that ignores key defaults reads as no weight. So "weight" is written as an ordinary attribute
        // without default, on every edge; jgrapht's key is renamed out of the way and switched off.
        e.setEdgeWeightAttributeName("jgraphtWeight");
        e.setExportEdgeWeights(false);
        e.setEdgeAttributeProvider(g.edgeAttributes::get);
        vertexAttributeTypes(g).forEach((name, type) ->
                e.registerAttribute(name, GraphMLExporter.AttributeCategory.NODE, type));
        e.registerAttribute("weight", GraphMLExporter.AttributeCategory.EDGE, AttributeType.DOUBLE);
        e.registerAttribute("relation", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
        return e;
    }

    private static GEXFExporter<String, DefaultWeightedEdge> gexf(GraphExports.ExportGraph g) {
        GEXFExporter<String, DefaultWeightedEdge> e = new GEXFExporter<>(v -> v, g.edgeIds::get);
        e.setVertexAttributeProvider(g.vertexAttributes::get);
        e.setEdgeAttributeProvider(edge -> withoutWeight(g.edgeAttributes.get(edge)));
        vertexAttributeTypes(g).forEach((name, type) -> {
            if (!name.equals("label") && !name.equals("id")) { // GEXF's own node fields
                e.registerAttribute(name, GEXFExporter.AttributeCategory.NODE, gexfType(type));
            }
        });
        e.registerAttribute("relation", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
        return e;
    }

    private static DOTExporter<String, DefaultWeightedEdge> dot(GraphExports.ExportGraph g) {
        DOTExporter<String, DefaultWeightedEdge> e = new DOTExporter<>(v -> "\"" + v.replace("\"", "'") + "\"");
        e.setVertexAttributeProvider(g.vertexAttributes::get);
        e.setEdgeAttributeProvider(g.edgeAttributes::get);
        return e;
    }

    private static JSONExporter<String, DefaultWeightedEdge> json(GraphExports.ExportGraph g) {
        JSONExporter<String, DefaultWeightedEdge> e = new JSONExporter<>(v -> v);
        e.setEdgeIdProvider(g.edgeIds::get);
        e.setVertexAttributeProvider(g.vertexAttributes::get);
        e.setEdgeAttributeProvider(g.edgeAttributes::get);
        return e;
    }

    private static Map<String, Attribute> withoutWeight(Map<String, Attribute> attrs) {
        Map<String, Attribute> out = new LinkedHashMap<>(attrs);
        out.remove("weight");
        return out;
    }

    /** Every vertex attribute name with its type, in name order (for the file's attribute declarations). */
    private static Map<String, AttributeType> vertexAttributeTypes(GraphExports.ExportGraph g) {
        Map<String, AttributeType> types = new TreeMap<>();
        g.vertexAttributes.values().forEach(m -> m.forEach((k, a) -> types.putIfAbsent(k, a.getType())));
        return types;
    }

    private static GEXFAttributeType gexfType(AttributeType type) {
        return switch (type) {
            case DOUBLE -> GEXFAttributeType.DOUBLE;
            case LONG -> GEXFAttributeType.LONG;
            case INT -> GEXFAttributeType.INTEGER;
            case BOOLEAN -> GEXFAttributeType.BOOLEAN;
            default -> GEXFAttributeType.STRING;
        };
    }
}
