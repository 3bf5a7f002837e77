package dk.erfaringsgraf.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The corpus manifest ({@code manifest.yaml} beside the texts): metadata per file name. It says what each
 * file is, never which files are the same report; renditions are found by content.
 */
public final class Manifest {

    public static final String FILE_NAME = "manifest.yaml";
    private static final Set<String> KEYS = Set.of("id", "title", "publisher", "kind", "year", "method",
            "respondents", "respondentsNote");

    private final Map<String, SourceMeta> byFile;

    private Manifest(Map<String, SourceMeta> byFile) {
        this.byFile = Map.copyOf(byFile);
    }

    public static Manifest empty() {
        return new Manifest(Map.of());
    }

    public Optional<SourceMeta> meta(String file) {
        return Optional.ofNullable(byFile.get(file));
    }

    public Set<String> files() {
        return byFile.keySet();
    }

    /**
     * Parses a manifest.
     *
     * @throws InputException naming {@code name}, the line and the key of the first error
     */
    public static Manifest parse(String name, String yaml) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new java.io.StringReader(yaml));
        } catch (MarkedYAMLException e) {
            throw new InputException(name + " line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem(), e);
        }
        MappingNode files = mapping(name, child(name, mapping(name, root, "manifest"), "files"), "files");
        Map<String, SourceMeta> byFile = new LinkedHashMap<>();
        for (NodeTuple entry : files.getValue()) {
            String file = scalar(name, entry.getKeyNode(), "file name");
            byFile.put(file, meta(name, file, mapping(name, entry.getValueNode(), file)));
        }
        return new Manifest(byFile);
    }

    private static SourceMeta meta(String name, String file, MappingNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        for (NodeTuple t : node.getValue()) {
            String key = scalar(name, t.getKeyNode(), "key");
            if (!KEYS.contains(key)) {
                throw error(name, t.getKeyNode(), file + ": unknown key '" + key + "' (known: " + List.copyOf(KEYS) + ")");
            }
            values.put(key, scalar(name, t.getValueNode(), file + "." + key));
        }
        if (values.get("id") == null || values.get("title") == null) {
            throw error(name, node, file + ": keys 'id' and 'title' are required");
        }
        return new SourceMeta(values.get("id"), values.get("title"), values.get("publisher"), values.get("kind"),
                integer(name, node, file, "year", values), values.get("method"),
                integer(name, node, file, "respondents", values), values.get("respondentsNote"));
    }

    private static Integer integer(String name, Node node, String file, String key, Map<String, String> values) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(v.strip());
        } catch (NumberFormatException e) {
            throw error(name, node, file + ": key '" + key + "' must be a whole number, not '" + v + "'");
        }
    }

    private static Node child(String name, MappingNode node, String key) {
        return node.getValue().stream()
                .filter(t -> key.equals(((ScalarNode) t.getKeyNode()).getValue()))
                .map(NodeTuple::getValueNode).findFirst()
                .orElseThrow(() -> error(name, node, "missing key '" + key + "'"));
    }

    private static MappingNode mapping(String name, Node node, String what) {
        if (node instanceof MappingNode m) {
            return m;
        }
        throw node == null ? new InputException(name + ": is empty") : error(name, node, "'" + what + "' must be a mapping");
    }

    private static String scalar(String name, Node node, String what) {
        if (node instanceof ScalarNode s) {
            return "null".equals(s.getTag().getValue().replace("tag:yaml.org,2002:", "")) ? null : s.getValue();
        }
        throw error(name, node, "'" + what + "' must be a single value");
    }

    private static InputException error(String name, Node node, String message) {
        return new InputException(name + " line " + (node.getStartMark().getLine() + 1) + ": " + message);
    }
}
