package dk.erfaringsgraf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The analysts' query library in {@code cypher/queries/} (read from the working tree, which is the repository
 * when Maven runs the tests) and the header every file must start with: the question (Danish / English), then
 * {@code // Parameters: none} or one {@code // Parameters: $name – meaning (example)} line per parameter.
 */
public final class QueryLibrary {

    public static final Path FOLDER = Path.of("cypher", "queries");

    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.cypher");
    private static final Pattern QUESTION = Pattern.compile("// (\\S.*\\S) / (\\S.*\\S)");
    private static final Pattern PARAMETER = Pattern.compile("// Parameters: \\$(\\w+) – (\\S.*\\S) \\(([^()]+)\\)");
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
     * Reads and checks one file.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with its name, header or query
     */
    public static Query read(String file) {
        require(NAME.matcher(file).matches(), file, "name is not kebab-case .cypher");
        List<String> lines = lines(file);
        Matcher question = QUESTION.matcher(lines.get(0));
        require(question.matches(), file, "first line is not '// <Danish question> / <English question>'");
        Map<String, Object> examples = new LinkedHashMap<>();
        int at = 1;
        if (lines.get(at).equals("// Parameters: none")) {
            at++;
        }
        for (Matcher p; at < lines.size() && (p = PARAMETER.matcher(lines.get(at))).matches(); at++) {
            examples.put(p.group(1), example(p.group(3)));
        }
        require(at > 1, file, "second line is neither '// Parameters: none' nor"
                + " '// Parameters: $name – meaning (example)'");
        String cypher = String.join("\n", lines.stream().filter(l -> !l.startsWith("//")).toList()).strip();
        check(file, cypher, examples);
        return new Query(file, lines.get(0).substring(3), examples, cypher);
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

    /** Whole numbers are passed as integers ($minItems), everything else as text. */
    private static Object example(String text) {
        return text.matches("\\d+") ? Long.valueOf(text) : text;
    }

    private static List<String> lines(String file) {
        try {
            List<String> lines = Files.readAllLines(FOLDER.resolve(file));
            require(lines.size() > 2, file, "is too short for header and query");
            return lines;
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
