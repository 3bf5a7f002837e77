package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code query}: runs one read-only Cypher query against the graph and prints the rows. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {
            "Runs a read-only Cypher query against the findings graph and prints the result.",
            "",
            "The query comes from a file (e.g. one of cypher/queries/*.cypher) or from --cypher. It runs in a "
                    + "read transaction: a query that writes is refused by the database. Load the corpus first "
                    + "with 'load' (same --data-dir, --bolt-port or --neo4j)."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar query cypher/queries/themes-by-sources.cypher",
            "  java -jar target/erfaringsgraf.jar query --format csv --cypher \"MATCH (t:Theme) RETURN t.name AS tema ORDER BY tema\"",
            "  java -jar target/erfaringsgraf.jar query cypher/queries/fulltext-search.cypher --param term=møde"})
final class QueryCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "FILE.cypher", description = "A file with one Cypher query.")
    Path file;

    @Option(names = "--cypher", paramLabel = "QUERY", description = "The query itself, instead of a file.")
    String cypher;

    @Option(names = "--param", paramLabel = "NAME=VALUE",
            description = "A query parameter ($NAME); repeatable. Numbers, true/false and null are typed; "
                    + "\"quoted\" stays text; [\"a\", \"b\"] is a list.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table (aligned for reading), csv (with a header row) or json (array of row objects); "
                    + "default: ${DEFAULT-VALUE}.")
    ResultFormat format;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        String query = query();
        var parameters = QueryParams.parse(params);
        App app = new App(dk.erfaringsgraf.Config.defaults().withStore(store.config()));
        try (GraphStore graph = app.openStore()) {
            QueryResult result = graph.read(query, parameters);
            ResultWriter.write(result, format, spec.commandLine().getOut());
        }
        return 0;
    }

    private String query() {
        if ((file == null) == (cypher == null)) {
            throw new InputException("query: give either a FILE.cypher or --cypher \"…\" (exactly one)");
        }
        if (cypher != null) {
            return cypher;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Lets picocli turn a bad --format into the same bad-input error as the rest. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            try {
                return ResultFormat.parse(value);
            } catch (InputException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
