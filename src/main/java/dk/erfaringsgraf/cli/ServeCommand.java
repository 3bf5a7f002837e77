package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.LoadReport;
import dk.erfaringsgraf.ingest.InputException;
import dk.erfaringsgraf.web.Access;
import dk.erfaringsgraf.web.WebConfig;
import dk.erfaringsgraf.web.WebServer;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
            "  java -jar target/erfaringsgraf.jar serve --port 8080 --web-dir web",
            "",
            "Any --host other than loopback lets other machines in: every request then needs the access token "
                    + "(printed at start, or --token / $ERFARINGSGRAF_TOKEN), and it travels unencrypted over plain "
                    + "HTTP, so use it on a trusted network or behind a TLS proxy only."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @CommandLine.Mixin
    StoreOptions store;

    @CommandLine.Mixin
    CorrectionsOption corrections;

    @Option(names = "--read-only", description = "Refuse every correction (403), for a shared server; the page hides "
            + "its editing controls. The corrections in force are still applied and listed.")
    boolean readOnly;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to serve on (default: ${DEFAULT-VALUE}, this machine only). Any other address "
                    + "requires the access token on every request.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Access token every request must carry (default: $ERFARINGSGRAF_TOKEN; generated and "
                    + "printed when --host is not loopback). 16 or more letters, digits or -._~.")
    String token;

    @Option(names = "--allowed-host", paramLabel = "NAME[:PORT]",
            description = "Another name browsers may call the explorer by (a DNS name of this machine, a proxy's "
                    + "name); repeatable. Without it only localhost, 127.0.0.1, [::1] and the bound address answer.")
    List<String> allowedHosts = new ArrayList<>();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
            description = "HTTP port of the explorer (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--web-dir", paramLabel = "DIR",
            description = "Serve the page from this folder (e.g. web/) instead of the jar, to edit it without rebuilding.")
    Path webDir;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Longest a Cypher console query may run before it is stopped and its transaction terminated "
                    + "(default: ${DEFAULT-VALUE}).")
    double queryTimeout;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "1000",
            description = "Most rows a Cypher console query returns; the answer says when it was cut (default: ${DEFAULT-VALUE}).")
    int maxRows;

    @Option(names = "--max-bytes", paramLabel = "BYTES", defaultValue = "4194304",
            description = "Most bytes of rows (as JSON) a Cypher console query returns; the answer says when it was cut "
                    + "(default: ${DEFAULT-VALUE}, 4 MiB).")
    long maxBytes;

    @Option(names = "--console-concurrency", paramLabel = "N", defaultValue = "3",
            description = "Most Cypher console queries running at once; one more is answered 429 with Retry-After "
                    + "(1–8, default: ${DEFAULT-VALUE}).")
    int consoleConcurrency;

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
        if (maxBytes < 1024) {
            throw new InputException("--max-bytes " + maxBytes + ": must be at least 1024");
        }
        if (consoleConcurrency < 1 || consoleConcurrency > ConsoleLimits.MAX_CONCURRENT) {
            throw new InputException("--console-concurrency " + consoleConcurrency + ": must be from 1 to "
                    + ConsoleLimits.MAX_CONCURRENT);
        }
        WebConfig web = new WebConfig(host, port, webDir, new ConsoleLimits(
                Duration.ofMillis(Math.round(queryTimeout * 1000)), maxRows, maxBytes, consoleConcurrency),
                access(System.getenv()));
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        App app = new App(corpus.config().withStore(store.config()).withCorrections(corrections.file));
        GraphStore graph = app.openStore();
        WebServer server = null;
        boolean closedByHook = false;
        try {
            long up = System.nanoTime();
            err.printf("graph: %s (up in %.1f s)%n", graph.describe(), (up - start) / 1e9);
            prepare(app, graph, err);
            server = WebServer.start(graph, app.corpus(), web, app.curation(graph, readOnly).orElse(null));
            err.printf("ready %.1f s after the graph was up%n", (System.nanoTime() - up) / 1e9);
            announce(spec.commandLine().getOut(), err, web, server.port(), graph);
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
        app.curation(graph, true).ifPresent(c -> err.println(c.apply().describe(c.file())));
        Analysis analysis = new Analysis(graph);
        if (changed || !analysis.current()) {
            err.println("analysing (centrality, communities, echoes) …");
            err.flush();
            long started = System.nanoTime();
            app.analyze(graph, err::println);
            err.printf("analysed in %.1f s%n", (System.nanoTime() - started) / 1e9);
        }
        err.flush();
    }

    /** The access of --token (or $ERFARINGSGRAF_TOKEN) and --allowed-host; a token is generated off loopback. */
    Access access(Map<String, String> env) {
        String given = token != null ? token : blankToNull(env.get("ERFARINGSGRAF_TOKEN"));
        Access access = new Access(allowedHosts, given);
        return given == null && !WebConfig.loopback(host) ? access.withToken(Access.generateToken()) : access;
    }

    /** Where to go: the page address (with the token when one is needed) and how to reach Bolt. */
    private static void announce(PrintWriter out, PrintWriter err, WebConfig web, int port, GraphStore graph) {
        String address = "http://" + displayHost(web.host()) + ":" + port + "/";
        if (!WebConfig.loopback(web.host())) {
            err.printf("WARNING: serving on %s lets every machine that reaches this one use the explorer with the "
                    + "token below; plain HTTP carries the token unencrypted: use a trusted network or a TLS proxy.%n",
                    web.host());
            err.flush();
        }
        if (web.access().token() != null) {
            out.printf("Erfaringsgraf serves on %s?token=%s  (open it once: the page keeps the token in a cookie; "
                    + "API clients send Authorization: Bearer <token>; Ctrl+C stops)%n", address, web.access().token());
        } else {
            out.printf("Erfaringsgraf serves on %s  (Ctrl+C stops)%n", address);
        }
        out.printf("Bolt: %s%s%n", graph.boltUri(),
                graph.boltPassword().map(p -> "  " + p.howToConnect(graph.boltUri())).orElse(""));
        out.flush();
    }

    private static String displayHost(String host) {
        if (WebConfig.loopback(host) || !host.matches("0\\.0\\.0\\.0|::|\\[::\\]")) {
            return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
