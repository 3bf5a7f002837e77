package dk.erfaringsgraf.coding;

import dk.erfaringsgraf.ingest.YamlMap;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Loads a {@link Codebook}: the default one bundled as {@code codebook.yaml} on the classpath, or a user's file
 * given with {@code --codebook FILE}. The YAML is composed to nodes (not bound to objects) so that every
 * error names the file, the line and the key; see {@code codebook.yaml} for the format.
 */
public final class CodebookLoader {

    /** The classpath resource holding the default codebook. */
    public static final String DEFAULT_RESOURCE = "codebook.yaml";

    private CodebookLoader() {
    }

    /** The bundled default codebook. */
    public static Codebook loadDefault() {
        try (InputStream in = CodebookLoader.class.getResourceAsStream("/" + DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The default " + DEFAULT_RESOURCE + " is missing from the classpath");
            }
            return parse(DEFAULT_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the default " + DEFAULT_RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /**
     * The codebook in {@code file}.
     *
     * @throws InputException naming the file, line and key when the file is unreadable or invalid
     */
    public static Codebook load(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new InputException("Could not read codebook " + file + ": " + e.getMessage(), e);
        }
    }

    /** The codebook in {@code file}, or the default when {@code file} is null (no {@code --codebook}). */
    public static Codebook loadOrDefault(Path file) {
        return file == null ? loadDefault() : load(file);
    }

    /** Parses codebook YAML read from {@code origin} (the name used in error messages). */
    static Codebook parse(String origin, Reader yaml) {
        Node root = YamlMap.compose(origin, yaml);
        if (root == null) {
            throw new InputException(origin + " line 1: the codebook is empty; it needs a 'themes' list");
        }
        return new CodebookReader(origin).read(root);
    }
}
