package dk.erfaringsgraf.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping (of the codebook, of a corpus manifest) read through SnakeYAML's node API, so that every
 * error can name the file, the 1-based line and the key ("codebook.yaml line 42: theme 'ledelse' key
 * 'keywords' must be a list").
 */
public final class YamlMap {

    /** A scalar value with the line it was written on. */
    public record Scalar(String value, int line) {
    }

    private final String origin;
    private final String owner;
    private final Node node;
    private final Map<String, NodeTuple> entries;

    private YamlMap(String origin, String owner, Node node, Map<String, NodeTuple> entries) {
        this.origin = origin;
        this.owner = owner;
        this.node = node;
        this.entries = entries;
    }

    /**
     * Composes YAML text into nodes; a syntax error names {@code origin} and its line.
     *
     * @return the root node, or null for an empty document
     */
    public static Node compose(String origin, Reader yaml) {
        try {
            return new Yaml(new LoaderOptions()).compose(yaml);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? 1 : mark.getLine() + 1;
            throw new InputException(origin + " line " + line + ": invalid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new InputException(origin + ": invalid YAML: " + e.getMessage(), e);
        }
    }

    /** Reads {@code node} as a mapping owned by {@code owner} ("theme #3"); duplicate keys are refused. */
    public static YamlMap of(String origin, String owner, Node node) {
        if (!(node instanceof MappingNode mapping)) {
            throw new InputException(origin + " line " + line(node) + ": " + owner + " must be a mapping of keys");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode s ? s.getValue() : String.valueOf(keyNode);
            if (entries.putIfAbsent(key, tuple) != null) {
                int first = line(entries.get(key).getKeyNode());
                throw new InputException(origin + " line " + line(keyNode) + ": " + owner + " key '" + key
                        + "' is duplicated (first on line " + first + ")");
            }
        }
        return new YamlMap(origin, owner, node, entries);
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The same mapping, now named differently in errors (once its id is known). */
    public YamlMap ownedBy(String newOwner) {
        return new YamlMap(origin, newOwner, node, entries);
    }

    public String owner() {
        return owner;
    }

    public int line() {
        return line(node);
    }

    public void allowOnly(Set<String> keys) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!keys.contains(key)) {
                throw error(tuple.getKeyNode(), key, "is unknown (allowed: " + String.join(", ", sorted(keys)) + ")");
            }
        }
    }

    /** The entries in written order, with their key lines, for mappings keyed by data (file names). */
    public List<Map.Entry<Scalar, Node>> entries() {
        return entries.entrySet().stream()
                .map(e -> Map.entry(new Scalar(e.getKey(), line(e.getValue().getKeyNode())), e.getValue().getValueNode()))
                .toList();
    }

    /** An optional scalar; empty when absent, null or blank. */
    public Optional<Scalar> optionalText(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty() || isNull(value.get())) {
            return Optional.empty();
        }
        if (!(value.get() instanceof ScalarNode scalar)) {
            throw error(value.get(), key, "must be a single text value");
        }
        return scalar.getValue().isBlank() ? Optional.empty()
                : Optional.of(new Scalar(scalar.getValue().strip(), line(scalar)));
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && Tag.NULL.equals(s.getTag());
    }

    public Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** A required non-blank scalar. */
    public Scalar text(String key) {
        Node value = node(key).orElseThrow(() -> error(node, key, "is missing"));
        if (!(value instanceof ScalarNode scalar)) {
            throw error(value, key, "must be a single text value");
        }
        if (scalar.getValue().isBlank()) {
            throw error(value, key, "must not be empty");
        }
        return new Scalar(scalar.getValue().strip(), line(value));
    }

    /** An optional list of non-blank scalars; empty when the key is absent. */
    public List<Scalar> list(String key) {
        Optional<Node> found = node(key);
        if (found.isEmpty()) {
            return List.of();
        }
        if (!(found.get() instanceof SequenceNode sequence)) {
            throw error(found.get(), key, "must be a list");
        }
        List<Scalar> out = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                throw error(item, key, "must list non-empty text values");
            }
            out.add(new Scalar(scalar.getValue(), line(item)));
        }
        return out;
    }

    /** An error at {@code at} about {@code key} of this mapping. */
    public InputException error(Node at, String key, String problem) {
        return error(line(at), key, problem);
    }

    public InputException error(int line, String key, String problem) {
        return new InputException(origin + " line " + line + ": " + owner + " key '" + key + "' " + problem);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
