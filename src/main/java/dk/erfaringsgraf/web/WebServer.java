package dk.erfaringsgraf.web;

import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.InputException;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Files;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The explorer: a Javalin server with the JSON API under {@code /api} and the D3 page from {@code web/}
 * (the classpath copy, or a folder while editing the page). Every API error is a JSON body. Every request
 * passes the {@link AccessGuard} first (headers, Host, token, JSON bodies).
 */
public final class WebServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private static final String ANSWERED = "erfaringsgraf.answered";

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /**
     * Starts serving {@code store} on host:port (port 0 picks a free one).
     *
     * @param corpus the corpus the graph was loaded from, for the source text around an item
     */
    public static WebServer start(GraphStore store, Corpus corpus, WebConfig web) {
        return start(store, corpus, web, null);
    }

    /**
     * Starts serving {@code store}, taking corrections into {@code curation} (null: none can be made).
     *
     * @param corpus the corpus the graph was loaded from, for the source text around an item
     */
    public static WebServer start(GraphStore store, Corpus corpus, WebConfig web, Curation curation) {
        if (web.webDir() != null && !Files.isRegularFile(web.webDir().resolve("index.html"))) {
            throw new InputException("--web-dir " + web.webDir() + ": no index.html there");
        }
        Explorer explorer = new Explorer(store, corpus, web.console());
        Javalin javalin = Javalin.create(config -> configure(config, explorer, web, curation));
        try {
            javalin.start();
        } catch (RuntimeException e) {
            throw new InputException("Could not serve on " + web.host() + ":" + web.port() + ": " + rootMessage(e));
        }
        return new WebServer(javalin);
    }

    private static void configure(JavalinConfig config, Explorer explorer, WebConfig web, Curation curation) {
        config.jetty.host = web.host();
        config.jetty.port = web.port();
        config.startup.showJavalinBanner = false;
        config.http.defaultContentType = "application/json; charset=utf-8";
        if (web.webDir() == null) {
            config.staticFiles.add("/web", Location.CLASSPATH);
        } else {
            config.staticFiles.add(web.webDir().toAbsolutePath().toString(), Location.EXTERNAL);
        }
        config.staticFiles.enableWebjars();
        AccessGuard guard = new AccessGuard(HostNames.of(web.host(), web.access().allowedHosts()), web.access().token());
        config.routes.before(guard::check);
        Routes.register(config, explorer, curation);
        errors(config);
    }

    private static void errors(JavalinConfig config) {
        config.routes.exception(ApiException.class, (e, ctx) -> {
            ctx.attribute(ANSWERED, true);
            ctx.status(e.status()).json(e.body());
        });
        config.routes.exception(InputException.class, (e, ctx) ->
                ctx.status(400).json(new ApiException.ApiError("bad_parameter", e.getMessage(), null, null)));
        config.routes.exception(Exception.class, (e, ctx) -> {
            // The exception's text names classes, files and queries of the server: it goes to the log, and the
            // answer carries only a reference to find it there.
            String reference = Long.toHexString(System.nanoTime() ^ Thread.currentThread().getId()).toUpperCase(Locale.ROOT);
            LOG.error("{} {} failed (reference {})", ctx.method(), ctx.path(), reference, e);
            ctx.status(500).json(new ApiException.ApiError("internal", "The server could not answer this request "
                    + "(an internal error, logged with reference " + reference + ")", null, reference));
        });
        config.routes.error(404, "*", WebServer::notFound);
    }

    private static void notFound(Context ctx) {
        // A 404 the API chose (unknown id) keeps its own body; an unknown path gets one in the same shape.
        if (ctx.path().startsWith("/api/") && ctx.attribute(ANSWERED) == null) {
            ctx.json(new ApiException.ApiError("not_found", "No such endpoint: " + ctx.method() + " " + ctx.path()
                    + " (see /api/openapi.json)", null, null));
        }
    }

    static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The port actually served (useful when started on port 0). */
    public int port() {
        return javalin.port();
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
