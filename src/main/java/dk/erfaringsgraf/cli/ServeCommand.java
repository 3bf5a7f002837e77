package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.LoadReport;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.web.WebConfig;
import dk.erfaringsgraf.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: loads and analyses the corpus when needed, then serves the explorer until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
            "Serves the explorer: a network of themes and actors, findings and quotes with their sources, "
                    + "the theme × source matrix, overlaps between sources and a read-only Cypher console.",
            "",
            "First loads the corpus (sources whose files and codebook are unchanged are skipped) and runs "
                    + "'analyze' when something changed, so the page always shows the current corpus. The "
                    + "graph stays reachable on Bolt for cypher-shell or Neo4j Browser while the page is served.",
            "",
            "Stop with Ctrl+C."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar serve                 # http://127.0.0.1:7070",
            "  java -jar target/erfaringsgraf.jar serve --port 8080 --host 0.0.0.0"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Mixin
    StoreOptions store;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to serve on (default: ${DEFAULT-VALUE}; 0.0.0.0 serves the whole network).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "HTTP port of the explorer (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--web-dir", paramLabel = "DIR",
            description = "Serve the page from this folder (e.g. web/) instead of the jar, to edit it without rebuilding.")
    Path webDir;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest a Cypher console query may run before Neo4j stops it (default: ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Most rows a Cypher console query returns; the answer says when it was cut (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (port < 0 || port > 65535) {
            throw new InputException("--port " + port + ": must be 0–65535");
        }
        if (webDir != null && !Files.isRegularFile(webDir.resolve("index.html"))) {
            throw new InputException("--web-dir " + webDir + ": no index.html there");
        }
        if (!(queryTimeout >= 0.001 && queryTimeout <= 3600)) {
            throw new InputException("--query-timeout " + queryTimeout + ": must be from 0.001 to 3600 seconds");
        }
        if (maxRows < 1 || maxRows > 1_000_000) {
            throw new InputException("--max-rows " + maxRows + ": must be from 1 to 1000000");
        }
        WebConfig web = new WebConfig(host, port, webDir,
                new ConsoleLimits(Duration.ofMillis(Math.round(queryTimeout * 1000)), maxRows));
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        App app = new App(corpus.config().withStore(store.config()));
        GraphStore graph = app.openStore();
        WebServer server = null;
        boolean closedByHook = false;
        try {
            long up = System.nanoTime();
            err.printf("graph: %s (up in %.1f s)%n", graph.describe(), (up - start) / 1e9);
            prepare(app, graph, err);
            server = WebServer.start(graph, app.corpus(), web);
            err.printf("ready %.1f s after the graph was up%n", (System.nanoTime() - up) / 1e9);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Erfaringsgraf serves on http://%s:%d/  (Bolt: %s; Ctrl+C stops)%n",
                    displayHost(host), server.port(), graph.boltUri());
            out.flush();
            closedByHook = serveUntilStopped(server, graph);
            return 0;
        } finally {
            if (!closedByHook) {
                if (server != null) {
                    server.close();
                }
                graph.close();
            }
        }
    }

    /**
     * Blocks until Ctrl+C (the shutdown hook closes server and graph before the JVM exits) or until the
     * thread is interrupted (tests), after which {@link #call} closes them.
     *
     * @return whether the shutdown hook closed them
     */
    private static boolean serveUntilStopped(WebServer server, GraphStore graph) {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            graph.close();
            stopped.countDown();
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
            return true;
        } catch (InterruptedException e) {
            // Interrupting means "stop serving", which is done once call() closes server and graph; the flag is
            // not set again because closing Jetty and the driver on an interrupted thread fails.
            try {
                return !Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                return true; // the hook is already running and closes everything itself
            }
        }
    }

    /** Loads what changed and analyses when the graph changed or was never analysed. */
    private static void prepare(App app, GraphStore graph, PrintWriter err) {
        long start = System.nanoTime();
        boolean changed = true;
        if (app.upToDate(graph)) {
            err.println("corpus unchanged since the last load (same files and codebook): nothing to load");
            changed = false;
        } else {
            LoadReport report = app.load(graph, false, err::println);
            err.printf("corpus loaded in %.1f s%n", (System.nanoTime() - start) / 1e9);
            changed = !report.loaded().isEmpty();
        }
        Analysis analysis = new Analysis(graph);
        if (changed || !analysis.current()) {
            err.println("analysing (centrality, communities, echoes) …");
            err.flush();
            long started = System.nanoTime();
            analysis.run();
            err.printf("analysed in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        err.flush();
    }

    private static String displayHost(String host) {
        return "0.0.0.0".equals(host) ? "localhost" : host;
    }
}
