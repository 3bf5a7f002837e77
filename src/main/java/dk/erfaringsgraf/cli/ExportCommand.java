package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.report.Format;
import dk.erfaringsgraf.report.GraphExports;
import dk.erfaringsgraf.report.TableCatalog;
import dk.erfaringsgraf.report.TableExporter;
import dk.erfaringsgraf.report.Tables;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export}: a comparison table (CSV, XLSX, Markdown, HTML, JSON) or a graph (GraphML, GEXF, DOT, JSON). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {
            "Exports a comparison table or a projection of the graph, byte-identical for the same graph.",
            "",
            "Tables: theme-source, theme-source-residuals, source-overlap, centrality, echoes, gaps, actor-theme, quotes "
                    + "(formats csv, xlsx, md, html, json). Graphs: theme, actor, source, full (formats graphml, gexf, dot, "
                    + "json; they open in Gephi or Cytoscape with their attributes). Run 'load' and 'analyze' first "
                    + "for the centrality columns and echoes."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar export --table theme-source --format xlsx --out tema-kilde.xlsx",
            "  java -jar target/erfaringsgraf.jar export --graph theme --format gexf --out temaer.gexf"})
final class ExportCommand implements Callable<Integer> {

    @CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    What what;

    static final class What {
        @Option(names = "--table", paramLabel = "NAME", required = true, description = "A comparison table.")
        String table;

        @Option(names = "--graph", paramLabel = "KIND", required = true, description = "theme, actor, source or full.")
        String graph;
    }

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "csv|xlsx|md|html|json for tables; graphml|gexf|dot|json for graphs.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of to stdout.")
    Path out;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Runnable validate = what.table != null
                ? () -> { TableCatalog.require(what.table); Format.parse(format); }
                : () -> { GraphExports.kind(what.graph); GraphExports.format(format); };
        validate.run();
        App app = new App(dk.erfaringsgraf.Config.defaults().withStore(store.config()));
        try (GraphStore graph = app.openStore(); OutputStream stream = open()) {
            if (what.table != null) {
                TableExporter.write(Tables.build(graph, what.table), Format.parse(format), stream);
            } else {
                Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
                GraphExports.write(graph, GraphExports.kind(what.graph), GraphExports.format(format), writer);
                writer.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + (out == null ? "stdout" : out) + ": " + e.getMessage(), e);
        }
        if (out != null) {
            spec.commandLine().getErr().println("wrote " + out);
        }
        return 0;
    }

    private OutputStream open() throws IOException {
        if (out == null) {
            return new java.io.FilterOutputStream(System.out) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        }
        if (out.getParent() != null && !Files.isDirectory(out.getParent())) {
            throw new InputException("--out " + out + ": the folder does not exist");
        }
        return Files.newOutputStream(out);
    }
}
