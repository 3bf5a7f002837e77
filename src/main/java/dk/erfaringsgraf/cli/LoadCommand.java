package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.LoadReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code load}: extracts and codes the corpus and loads it into the graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {
            "Loads the corpus into the findings graph (embedded Neo4j by default).",
            "",
            "Extracts and codes every report, then writes each source in one transaction: a source is "
                    + "either wholly its old or wholly its new version. Sources whose files and codebook are "
                    + "unchanged are skipped, so loading twice changes nothing. Sources the graph has but the "
                    + "corpus no longer does are reported, or removed with --prune.",
            "",
            "Then applies the corrections in force (--corrections, default corrections.jsonl in --data-dir) and "
                    + "reports those whose item or person the graph no longer has.",
            "",
            "Progress goes to stderr; the summary (node counts per label, relationship counts per type) to stdout."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar load",
            "  NEO4J_USER=neo4j NEO4J_PASSWORD=secret java -jar target/erfaringsgraf.jar load --neo4j bolt://localhost:7687"})
final class LoadCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    CorrectionsOption corrections;

    @Option(names = "--prune", description = "Remove sources from the graph that are no longer in the corpus.")
    boolean prune;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        App app = new App(corpus.config().withStore(store.config()).withCorrections(corrections.file));
        try (GraphStore graph = app.openStore()) {
            err.println("graph: " + graph.describe());
            LoadReport report = app.load(graph, prune, err::println);
            LoadSummary.print(report, spec.commandLine().getOut());
            PrintWriter out = spec.commandLine().getOut();
            app.curation(graph, true).ifPresentOrElse(c -> out.println(c.apply().describe(c.file())),
                    () -> out.println("corrections: none (--neo4j without --corrections)"));
            out.flush();
        }
        return 0;
    }
}
