package dk.erfaringsgraf.report;

import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.InputException;
import java.io.Writer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;

/**
 * Exports a projection of the graph with its attributes (names, the analysis scores, sources, edge
 * weights) for Gephi, Cytoscape or Graphviz: {@code theme} (theme co-occurrence), {@code actor-cooccurrence}
 * (actors named together by an item: the graph the actor scores are computed on), {@code actor-theme} (actors and
 * the themes of the items naming them), {@code source} (sources and the themes they raise) or {@code full}
 * (sources, items, themes, actors, speakers). Both actor graphs carry the actor scores as vertex attributes.
 * Vertices and edges are written in id order, so the same graph gives byte-identical files.
 */
public final class GraphExports {

    /** Which projection. */
    public enum Kind {
        THEME, ACTOR_COOCCURRENCE, ACTOR_THEME, SOURCE, FULL;

        /** The command-line word and file name: theme, actor-cooccurrence, actor-theme, source, full. */
        public String word() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Which file format (jgrapht-io exporters). */
    public enum Format {
        GRAPHML, GEXF, DOT, JSON;

        /** The command-line word and file extension. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private GraphExports() {
    }

    /**
     * @throws InputException for an unknown kind, and for {@code actor}, which named the actor–theme graph until
     *         both actor graphs were exported: the error names the two, so an old script fails rather than
     *         silently getting another graph
     */
    public static Kind kind(String text) {
        if (text != null && text.strip().equalsIgnoreCase("actor")) {
            throw new InputException("--graph actor: ambiguous, use actor-cooccurrence (actors named by the same item; "
                    + "the graph the actor scores come from) or actor-theme (actors and the themes of the items naming them)");
        }
        return parse(Kind.class, text == null ? null : text.replace('-', '_'), "--graph");
    }

    public static Format format(String text) {
        return parse(Format.class, text, "--format");
    }

    static <T extends Enum<T>> T parse(Class<T> type, String text, String option) {
        String valid = String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InputException(option + " " + text + ": unknown (valid: " + valid + ")");
        }
    }

    /** Writes projection {@code kind} of the graph in {@code store} as {@code format} to {@code out}. */
    public static void write(GraphStore store, Kind kind, Format format, Writer out) {
        write(read(store, kind), format, out);
    }

    /** Reads projection {@code kind} once, to be written in several formats. */
    static ExportGraph read(GraphStore store, Kind kind) {
        ExportGraph graph = ExportGraph.read(store, kind);
        if (graph.graph.vertexSet().isEmpty()) {
            throw new InputException("The graph is empty: run 'load' (and 'analyze') first");
        }
        return graph;
    }

    static void write(ExportGraph graph, Format format, Writer out) {
        GraphExporter<String, DefaultWeightedEdge> exporter = Exporters.create(format, graph);
        exporter.exportGraph(graph.graph, out);
    }

    /** A projection with the attributes of its vertices and edges. */
    static final class ExportGraph {
        final Graph<String, DefaultWeightedEdge> graph = GraphTypeBuilder.<String, DefaultWeightedEdge>undirected()
                .weighted(true).allowingMultipleEdges(true).allowingSelfLoops(false)
                .edgeClass(DefaultWeightedEdge.class).buildGraph();
        final Map<String, Map<String, Attribute>> vertexAttributes = new HashMap<>();
        final Map<DefaultWeightedEdge, Map<String, Attribute>> edgeAttributes = new HashMap<>();
        final Map<DefaultWeightedEdge, String> edgeIds = new HashMap<>();

        static ExportGraph read(GraphStore store, Kind kind) {
            ExportGraph g = new ExportGraph();
            switch (kind) {
                case THEME -> {
                    g.vertices(store.readFile("analysis/node-attributes", Map.of()), "theme:");
                    g.edges(store.readFile("analysis/theme-cooccurrence", Map.of()), "theme:", "theme:", false);
                }
                case ACTOR_COOCCURRENCE -> {
                    g.vertices(store.readFile("analysis/node-attributes", Map.of()), "actor:");
                    g.edges(store.readFile("analysis/actor-cooccurrence", Map.of()), "actor:", "actor:", false);
                }
                case ACTOR_THEME -> {
                    g.vertices(store.readFile("analysis/node-attributes", Map.of()), "");
                    g.edges(store.readFile("analysis/actor-theme", Map.of()), "actor:", "theme:", false);
                }
                case SOURCE -> {
                    g.vertices(store.readFile("analysis/node-attributes", Map.of()), "theme:");
                    g.vertices(store.readFile("analysis/item-attributes", Map.of()), "source:");
                    g.edges(store.readFile("analysis/theme-source", Map.of()), "source:", "theme:", false);
                }
                case FULL -> {
                    g.vertices(store.readFile("analysis/node-attributes", Map.of()), "");
                    g.vertices(store.readFile("analysis/item-attributes", Map.of()), "");
                    g.edges(store.readFile("analysis/full-graph", Map.of()), "", "", true);
                }
                default -> throw new IllegalStateException("unknown kind " + kind);
            }
            return g;
        }

        private void vertices(QueryResult rows, String onlyPrefix) {
            for (List<Object> row : rows.rows()) {
                String key = (String) row.get(0);
                if (!key.startsWith(onlyPrefix)) {
                    continue;
                }
                graph.addVertex(key);
                Map<String, Attribute> attrs = new LinkedHashMap<>();
                for (int c = 1; c < row.size(); c++) {
                    Attribute a = attribute(row.get(c));
                    if (a != null) {
                        attrs.put(rows.columns().get(c), a);
                    }
                }
                vertexAttributes.put(key, attrs);
            }
        }

        private void edges(QueryResult rows, String prefixA, String prefixB, boolean typed) {
            for (List<Object> row : rows.rows()) {
                String a = prefixA + row.get(0);
                String b = prefixB + row.get(1);
                if (!graph.containsVertex(a) || !graph.containsVertex(b)) {
                    continue;
                }
                DefaultWeightedEdge e = graph.addEdge(a, b);
                double weight = ((Number) row.get(typed ? 3 : 2)).doubleValue();
                graph.setEdgeWeight(e, weight);
                Map<String, Attribute> attrs = new LinkedHashMap<>();
                attrs.put("weight", DefaultAttribute.createAttribute(weight));
                if (typed) {
                    attrs.put("relation", DefaultAttribute.createAttribute((String) row.get(2)));
                }
                edgeAttributes.put(e, attrs);
                edgeIds.put(e, "e" + edgeIds.size());
            }
        }

        private static Attribute attribute(Object value) {
            if (value instanceof String s) {
                return DefaultAttribute.createAttribute(s);
            }
            if (value instanceof Long l) {
                return DefaultAttribute.createAttribute(l);
            }
            if (value instanceof Double d) {
                return DefaultAttribute.createAttribute(d);
            }
            return null;
        }
    }
}
