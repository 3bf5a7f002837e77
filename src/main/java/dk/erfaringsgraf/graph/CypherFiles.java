package dk.erfaringsgraf.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Cypher of {@code cypher/} (top of the repository), loaded from the classpath: one intent per file,
 * {@code //} comment lines dropped, statements separated by a semicolon at a line end.
 */
final class CypherFiles {

    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private CypherFiles() {
    }

    /** The statements of {@code cypher/<name>.cypher}. */
    static List<String> statements(String name) {
        return CACHE.computeIfAbsent(name, CypherFiles::read);
    }

    /** The single statement of {@code cypher/<name>.cypher}. */
    static String statement(String name) {
        List<String> all = statements(name);
        if (all.size() != 1) {
            throw new IllegalStateException("cypher/" + name + ".cypher has " + all.size() + " statements, not 1");
        }
        return all.get(0);
    }

    private static List<String> read(String name) {
        String resource = "/cypher/" + name + ".cypher";
        try (InputStream in = CypherFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file " + resource);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Could not read " + resource + ": " + e.getMessage(), e);
        }
    }

    static List<String> split(String text) {
        String code = text.lines().filter(l -> !l.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(code.split(";\\s*\\n"))
                .map(String::strip).map(s -> s.endsWith(";") ? s.substring(0, s.length() - 1) : s)
                .filter(s -> !s.isEmpty()).toList();
    }
}
