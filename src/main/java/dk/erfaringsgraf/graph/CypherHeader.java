package dk.erfaringsgraf.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header a Cypher file of the query library ({@code cypher/queries/}) or of the tables ({@code cypher/tables/})
 * starts with, and the Cypher below it. One reader for the console's library, the table exports and the tests:
 * <pre>
 * // Danish title / English title
 * // Parameters: none                                 (or one line per parameter:)
 * // Parameters: $name – meaning (example)            (the example in parentheses is optional)
 * // da: Danish note, continued on plain // lines
 * // en: English note, continued on plain // lines    (plain lines before any da:/en: are English)
 * // Column: name (string|int|double) – meaning       (tables: the type of each returned column)
 * MATCH …
 * </pre>
 * Comment lines inside the Cypher are dropped from {@link #cypher()}.
 *
 * @param file where the text came from, e.g. {@code cypher/queries/actor-items.cypher}, named in every error
 */
public record CypherHeader(String file, String titleDa, String titleEn, List<Param> params, String noteDa,
        String noteEn, List<Column> columns, String cypher) {

    private static final Pattern TITLE = Pattern.compile("// (\\S(?:.*?\\S)?) / (\\S(?:.*\\S)?)");
    private static final Pattern PARAMETER = Pattern.compile("// Parameters: \\$(\\w+) – (\\S.*?)(?: \\(([^()]+)\\))?");
    private static final Pattern COLUMN = Pattern.compile("// Column: (\\w+) \\((string|int|double)\\)(?: – (.*))?");
    private static final Pattern NOTE = Pattern.compile("// (da|en): (.*)");

    /** A documented parameter; {@code example} is the text in parentheses at the end of its line, or null. */
    public record Param(String name, String meaning, String example) {

        /** The example as Cypher would read the literal: whole numbers as Long, decimals as Double, else text. */
        public Object exampleValue() {
            if (example == null || !example.matches("-?\\d+(\\.\\d+)?")) {
                return example;
            }
            return example.contains(".") ? (Object) Double.valueOf(example) : Long.valueOf(example);
        }
    }

    /** A returned column a table file declares; {@code type} is string, int or double. */
    public record Column(String name, String type, String meaning) {
    }

    public CypherHeader {
        params = List.copyOf(params);
        columns = List.copyOf(columns);
    }

    /** Both titles as the file's first line holds them: "Danish / English". */
    public String title() {
        return titleDa + " / " + titleEn;
    }

    /**
     * Reads {@code cypher/<name>.cypher} from the classpath; a missing file is a build defect, so unchecked.
     *
     * @param name the path below {@code cypher/} without {@code .cypher}, e.g. {@code queries/actor-items}
     */
    public static CypherHeader load(String name) {
        String file = "cypher/" + name + ".cypher";
        try (InputStream in = CypherHeader.class.getResourceAsStream("/" + file)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher file " + file);
            }
            return parse(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses a file's text.
     *
     * @throws IllegalArgumentException "file:line: what is wrong" for a header that breaks the rules above
     */
    public static CypherHeader parse(String file, String text) {
        List<String> lines = text.lines().toList();
        Matcher title = TITLE.matcher(lines.isEmpty() ? "" : lines.get(0));
        require(title.matches(), file, 1, "the first line is not '// <Danish title> / <English title>'");
        Parser p = new Parser(file);
        int at = p.params(lines);
        for (; at < lines.size() && lines.get(at).strip().startsWith("//"); at++) {
            p.headerLine(lines.get(at).strip(), at + 1);
        }
        String cypher = String.join("\n", lines.subList(at, lines.size()).stream()
                .filter(l -> !l.strip().startsWith("//")).toList()).strip();
        require(!cypher.isEmpty(), file, lines.size(), "there is no Cypher after the header");
        return new CypherHeader(file, title.group(1), title.group(2), p.params, p.notes[0].toString().strip(),
                p.notes[1].toString().strip(), p.columns, cypher);
    }

    private static void require(boolean ok, String file, int line, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(file + ":" + line + ": " + problem);
        }
    }

    /** The state of one parse: what the header lines after the title have given so far. */
    private static final class Parser {
        private final String file;
        private final List<Param> params = new ArrayList<>();
        private final List<Column> columns = new ArrayList<>();
        private final StringBuilder[] notes = {new StringBuilder(), new StringBuilder()};
        private int language = 1;   // untagged notes are English, as the files were written before da:/en:

        Parser(String file) {
            this.file = file;
        }

        /** Reads the parameter lines from line 2 on; returns the index of the first line after them. */
        int params(List<String> lines) {
            require(lines.size() > 1 && lines.get(1).startsWith("// Parameters: "), file, 2,
                    "the second line is neither '// Parameters: none' nor '// Parameters: $name – meaning (example)'");
            if (lines.get(1).equals("// Parameters: none")) {
                return 2;
            }
            int at = 1;
            for (; at < lines.size() && lines.get(at).startsWith("// Parameters: "); at++) {
                Matcher m = PARAMETER.matcher(lines.get(at));
                require(m.matches(), file, at + 1, "not '// Parameters: $name – meaning (example)'");
                params.add(new Param(m.group(1), m.group(2), m.group(3)));
            }
            return at;
        }

        void headerLine(String line, int number) {
            require(!line.startsWith("// Parameters:"), file, number, "parameters belong right under the title");
            if (line.startsWith("// Column:")) {
                Matcher c = COLUMN.matcher(line);
                require(c.matches(), file, number, "not '// Column: name (string|int|double) – meaning'");
                columns.add(new Column(c.group(1), c.group(2), c.group(3)));
                return;
            }
            Matcher n = NOTE.matcher(line);
            String text = line.substring(2).strip();
            if (n.matches()) {
                language = n.group(1).equals("da") ? 0 : 1;
                require(notes[language].isEmpty(), file, number, "a second '// " + n.group(1) + ":' note; continue"
                        + " the first on plain // lines");
                text = n.group(2).strip();
            }
            notes[language].append(notes[language].isEmpty() ? "" : " ").append(text);
        }
    }
}
