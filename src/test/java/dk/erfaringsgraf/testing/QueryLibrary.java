package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.graph.CypherHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The analysts' query library in {@code cypher/queries/} (read from the working tree, which is the repository
 * when Maven runs the tests), read by {@link CypherHeader} as the console reads it, plus the library's own rules:
 * every parameter has an example, every file a Danish and an English note.
 */
public final class QueryLibrary {

    public static final Path FOLDER = Path.of("cypher", "queries");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.cypher");
    private static final Pattern USED = Pattern.compile("\\$(\\w+)");
    private static final Pattern WRITE = Pattern.compile(
            "(?i)\\b(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|LOAD\\s+CSV)\\b");

    /** One query file's header, its Cypher without comment lines, and its example parameters. */
    public record Query(String file, String question, Map<String, Object> examples, String cypher) {
    }

    private QueryLibrary() {
    }

    /** The file names of the library, sorted. */
    public static List<String> files() {
        try (Stream<Path> paths = Files.list(FOLDER)) {
            return paths.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads and checks one file: its header as {@link CypherHeader} reads it, with an example for every parameter
     * and a note in both Danish and English, and a query that is read-only, single and stably ordered.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with its name, header or query
     */
    public static Query read(String file) {
        require(NAME.matcher(file).matches(), file, "name is not kebab-case .cypher");
        CypherHeader header = CypherHeader.parse("cypher/queries/" + file, text(file));
        Map<String, Object> examples = new LinkedHashMap<>();
        for (CypherHeader.Param p : header.params()) {
            require(p.example() != null, file, "parameter $" + p.name() + " has no example in parentheses");
            examples.put(p.name(), p.exampleValue());
        }
        require(!header.noteDa().isEmpty() && !header.noteEn().isEmpty(), file,
                "needs a note in both languages ('// da: …' and '// en: …')");
        check(file, header.cypher(), examples);
        return new Query(file, header.title(), examples, header.cypher());
    }

    private static void check(String file, String cypher, Map<String, Object> examples) {
        TreeSet<String> used = new TreeSet<>();
        USED.matcher(cypher).results().forEach(m -> used.add(m.group(1)));
        require(used.equals(new TreeSet<>(examples.keySet())), file,
                "documents parameters " + examples.keySet() + " but uses " + used);
        require(!cypher.isEmpty() && !cypher.contains(";"), file, "must hold exactly one statement");
        require(!WRITE.matcher(cypher).find(), file, "writes (" + WRITE.matcher(cypher).results().findFirst()
                .map(m -> m.group()).orElse("") + ")");
        require(cypher.lastIndexOf("ORDER BY") > cypher.lastIndexOf("RETURN"), file,
                "does not end with ORDER BY, so its rows come in no stable order");
    }

    private static String text(String file) {
        try {
            return Files.readString(FOLDER.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void require(boolean ok, String file, String problem) {
        if (!ok) {
            throw new IllegalArgumentException("cypher/queries/" + file + ": " + problem);
        }
    }
}
