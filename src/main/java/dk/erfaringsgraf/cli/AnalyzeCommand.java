package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.analysis.CentralityScores;
import dk.erfaringsgraf.analysis.NodeStats;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.report.Tables;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tech.tablesaw.api.Table;

/** {@code analyze}: computes centrality, communities and overlaps, writes them to the graph, prints the top. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {
            "Computes what is central and where sources agree, and writes it to the graph.",
            "",
            "Themes are scored on the theme co-occurrence graph (themes coded on the same item), actors on the "
                    + "actor co-occurrence graph: weighted degree, betweenness (normalised, exact path counts), "
                    + "PageRank, harmonic centrality and Louvain communities. The scores are written onto the "
                    + ":Theme and :Actor nodes (t.betweenness, t.pagerank, t.community, t.sources, …) so that "
                    + "Cypher and the exports use the same numbers. Run 'load' first. The corrections in force are applied "
                    + "again afterwards: a rejected echo stays rejected, a confirmed one stays."})
final class AnalyzeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    CorrectionsOption corrections;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10",
            description = "How many themes and actors to print (default: ${DEFAULT-VALUE}).")
    int top;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        App app = new App(dk.erfaringsgraf.Config.defaults().withStore(store.config()).withCorrections(corrections.file));
        try (GraphStore graph = app.openStore()) {
            PrintWriter out = spec.commandLine().getOut();
            Analysis.Result result = app.analyze(graph, out::println);
            print(out, "themes", result.themes(), result.nodes());
            print(out, "actors", result.actors(), result.nodes());
            printOverlaps(out, Tables.build(graph, "source-overlap"));
            out.printf("%d echoes between items of different sources written (ECHOES)%n", result.echoes().size());
            out.flush();
        }
        return 0;
    }

    private void print(PrintWriter out, String what, Map<String, CentralityScores<String>> scores, List<NodeStats> nodes) {
        out.printf("%-26s %8s %11s %8s %8s %9s %7s%n", what + " by PageRank", "pagerank", "betweenness", "harmonic",
                "w.degree", "community", "sources");
        scores.values().stream()
                .sorted(Comparator.comparingDouble((CentralityScores<String> s) -> -s.pagerank())
                        .thenComparing(CentralityScores::vertex))
                .limit(top)
                .forEach(s -> out.printf("%-26s %8.4f %11.4f %8.3f %8.1f %9d %7d%n", s.vertex(), s.pagerank(),
                        s.betweenness(), s.harmonic(), s.weightedDegree(), s.community(), sources(nodes, s.vertex())));
        out.println();
    }

    /** The source pairs by theme profile (cosine; Jaccard barely varies between large sources), most alike first. */
    private static void printOverlaps(PrintWriter out, Table overlap) {
        out.printf("%-32s %12s %12s %13s %12s%n", "source pair", "shared themes", "theme cosine", "theme Jaccard",
                "actor Jaccard");
        Table sorted = overlap.sortDescendingOn("themeCosine");
        for (int r = 0; r < sorted.rowCount(); r++) {
            out.printf("%-32s %12s %12.3f %13.3f %12.3f%n", sorted.getString(r, "source") + " – " + sorted.getString(r, "other"),
                    sorted.getString(r, "sharedThemes"), sorted.numberColumn("themeCosine").getDouble(r),
                    sorted.numberColumn("themeJaccard").getDouble(r), sorted.numberColumn("actorJaccard").getDouble(r));
        }
        out.println();
    }

    private static int sources(List<NodeStats> nodes, String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst().map(n -> n.sources().size()).orElse(0);
    }
}
