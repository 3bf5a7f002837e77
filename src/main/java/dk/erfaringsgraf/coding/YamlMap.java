package dk.erfaringsgraf.coding;

import dk.erfaringsgraf.ingest.InputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * One YAML mapping of the codebook read through SnakeYAML's node API, so that every error can name the
 * file, the 1-based line and the key ("codebook.yaml line 42: theme 'ledelse' key 'keywords' must be a list").
 */
final class YamlMap {

    /** A scalar value with the line it was written on. */
    record Scalar(String value, int line) {
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

    /** Reads {@code node} as a mapping owned by {@code owner} ("theme #3"); duplicate keys are refused. */
    static YamlMap of(String origin, String owner, Node node) {
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

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    /** The same mapping, now named differently in errors (once its id is known). */
    YamlMap ownedBy(String newOwner) {
        return new YamlMap(origin, newOwner, node, entries);
    }

    String owner() {
        return owner;
    }

    int line() {
        return line(node);
    }

    void allowOnly(Set<String> keys) {
        for (NodeTuple tuple : entries.values()) {
            String key = ((ScalarNode) tuple.getKeyNode()).getValue();
            if (!keys.contains(key)) {
                throw error(tuple.getKeyNode(), key, "is unknown (allowed: " + String.join(", ", sorted(keys)) + ")");
            }
        }
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    /** A required non-blank scalar. */
    Scalar text(String key) {
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
    List<Scalar> list(String key) {
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
    InputException error(Node at, String key, String problem) {
        return error(line(at), key, problem);
    }

    InputException error(int line, String key, String problem) {
        return new InputException(origin + " line " + line + ": " + owner + " key '" + key + "' " + problem);
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
