package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.report.ExportFolder;
import dk.erfaringsgraf.report.Format;
import dk.erfaringsgraf.report.GraphExports;
import dk.erfaringsgraf.report.TableCatalog;
import dk.erfaringsgraf.report.TableExporter;
import dk.erfaringsgraf.report.Tables;
import dk.erfaringsgraf.report.qdpx.QdpxExport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export}: a comparison table (CSV, XLSX, Markdown, HTML, JSON), a graph (GraphML, GEXF, DOT, JSON), the
 * coding as a REFI-QDA project, or all of them into one folder.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports a comparison table, a projection of the graph or the coding as a REFI-QDA project, or all of "
                    + "them into one folder; byte-identical for the same graph.",
            "",
            "Tables: theme-source, theme-source-residuals, source-overlap, centrality, echoes, gaps, actor-theme, quotes "
                    + "(formats csv, xlsx, md, html, json). Graphs: theme, actor-cooccurrence, actor-theme, source, full "
                    + "(formats graphml, gexf, dot, json; they open in Gephi or Cytoscape with their attributes). "
                    + "--qdpx needs the corpus the graph was loaded from (--corpus, default the bundled one). "
                    + "Run 'load' and 'analyze' first for the centrality columns and echoes."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar export --table theme-source --format xlsx --out tema-kilde.xlsx",
            "  java -jar target/erfaringsgraf.jar export --graph actor-cooccurrence --format gexf --out aktoerer.gexf",
            "  java -jar target/erfaringsgraf.jar export --qdpx kodning.qdpx",
            "  java -jar target/erfaringsgraf.jar export --all eksport/"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--table", paramLabel = "NAME", required = true, description = "A comparison table.")
        String table;

        @Option(names = "--graph", paramLabel = "KIND", required = true,
                description = "theme, actor-cooccurrence, actor-theme, source or full.")
        String graph;

        @Option(names = "--qdpx", paramLabel = "FILE", required = true,
                description = "Write the coding as a REFI-QDA project (.qdpx) to FILE.")
        Path qdpx;

        @Option(names = "--all", paramLabel = "DIR", required = true,
                description = "Write every table and graph in every format, the REFI-QDA project and an index "
                        + "(README.txt) into DIR (created if missing).")
        Path all;
    }

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "csv|xlsx|md|html|json for tables; graphml|gexf|dot|json for graphs.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to stdout.")
    Path out;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        validate();
        App app = new App(corpus.config().withStore(store.config()));
        PrintWriter err = spec.commandLine().getErr();
        if (what.all != null) {
            return all(app, err);
        }
        try (GraphStore graph = app.openStore(); OutputStream stream = open(what.qdpx != null ? what.qdpx : out)) {
            if (what.table != null) {
                TableExporter.write(Tables.build(graph, what.table), Format.parse(format), stream);
            } else if (what.graph != null) {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                GraphExports.write(graph, GraphExports.kind(what.graph), GraphExports.format(format), writer);
                writer.flush();
            } else {
                QdpxExport.Summary s = QdpxExport.write(graph, app.corpus(), stream);
                err.printf("%d report files, %d codes, %d coded selections, %d speakers as cases%n",
                        s.files(), s.codes(), s.selections(), s.cases());
            }
        } catch (IOException e) {
            Path target = what.qdpx != null ? what.qdpx : out;
            throw new UncheckedIOException("Could not write " + (target == null ? "stdout" : target) + ": "
                    + e.getMessage(), e);
        }
        Path target = what.qdpx != null ? what.qdpx : out;
        if (target != null) {
            err.println("wrote " + target);
        }
        return 0;
    }

    /** Checks the names and options before the store starts (which takes seconds). */
    private void validate() {
        if (what.table != null || what.graph != null) {
            if (format == null) {
                throw new InputException("--format is required with " + (what.table != null ? "--table" : "--graph"));
            }
            if (what.table != null) {
                TableCatalog.require(what.table);
                Format.parse(format);
            } else {
                GraphExports.kind(what.graph);
                GraphExports.format(format);
            }
            return;
        }
        String option = what.all != null ? "--all" : "--qdpx";
        if (format != null || out != null) {
            throw new InputException((format != null ? "--format" : "--out") + " does not go with " + option
                    + (what.all != null ? " (it writes every format into DIR)" : " (the project is written to FILE)"));
        }
        if (what.all != null) {
            ExportFolder.prepare(what.all);
        }
    }

    private int all(App app, PrintWriter err) {
        long start = System.nanoTime();
        List<ExportFolder.ExportedFile> files;
        try (GraphStore graph = app.openStore()) {
            files = ExportFolder.write(graph, app.corpus(), what.all, err::println);
        }
        long bytes = files.stream().mapToLong(ExportFolder.ExportedFile::bytes).sum();
        err.printf(Locale.ROOT, "wrote %d files (%.1f MB) to %s in %.1f s; index: %s%n", files.size(), bytes / 1e6,
                what.all, (System.nanoTime() - start) / 1e9, what.all.resolve("README.txt"));
        return 0;
    }

    private OutputStream open(Path file) throws IOException {
        if (file == null) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new InputException((what.qdpx != null ? "--qdpx " : "--out ") + file + ": the folder does not exist");
        }
        return Files.newOutputStream(file);
    }
}
