package dk.erfaringsgraf.ingest;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

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
     * @throws InputException naming {@code origin}, the line and the key of the first error
     */
    public static Manifest parse(String origin, String yaml) {
        Node root = YamlMap.compose(origin, new StringReader(yaml));
        if (root == null) {
            throw new InputException(origin + " line 1: the manifest is empty; it needs a 'files' mapping");
        }
        YamlMap manifest = YamlMap.of(origin, "manifest", root);
        manifest.allowOnly(Set.of("files"));
        Node files = manifest.node("files").orElseThrow(() -> manifest.error(root, "files", "is missing"));
        Map<String, SourceMeta> byFile = new LinkedHashMap<>();
        for (Map.Entry<YamlMap.Scalar, Node> entry : YamlMap.of(origin, "files", files).entries()) {
            String file = entry.getKey().value();
            byFile.put(file, meta(YamlMap.of(origin, file, entry.getValue())));
        }
        return new Manifest(byFile);
    }

    private static SourceMeta meta(YamlMap map) {
        map.allowOnly(KEYS);
        return new SourceMeta(map.text("id").value(), map.text("title").value(), text(map, "publisher"),
                text(map, "kind"), integer(map, "year"), text(map, "method"), integer(map, "respondents"),
                text(map, "respondentsNote"));
    }

    private static String text(YamlMap map, String key) {
        return map.optionalText(key).map(YamlMap.Scalar::value).orElse(null);
    }

    private static Integer integer(YamlMap map, String key) {
        Optional<YamlMap.Scalar> value = map.optionalText(key);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value.get().value());
        } catch (NumberFormatException e) {
            throw map.error(value.get().line(), key, "must be a whole number, not '" + value.get().value() + "'");
        }
    }
}
