package dk.erfaringsgraf.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.graph.ConsoleLimits;
import dk.erfaringsgraf.graph.ConsoleRefusal;
import dk.erfaringsgraf.graph.ConsoleResult;
import dk.erfaringsgraf.graph.ConsoleTimeout;
import dk.erfaringsgraf.graph.GraphException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * {@code POST /api/cypher}: the read-only console. The graph layer refuses writes, LOAD CSV and
 * procedures and SHOW commands off its allow-list before running, and stops a query at its deadline; this
 * limits how many run at once and maps the answers to HTTP: refused 403, bad query or over the memory limit
 * 400, timeout 408, busy 429 (with Retry-After), each with the reason code the page translates.
 */
final class ConsoleApi {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final Explorer explorer;
    private final ConsoleLimits limits;
    /** Console queries running now; one more is turned away (429) rather than queued behind a slow one. */
    private final Semaphore running;

    ConsoleApi(Explorer explorer, ConsoleLimits limits) {
        this.explorer = explorer;
        this.limits = limits;
        this.running = new Semaphore(limits.concurrent());
    }

    void post(Context ctx) {
        Request request = request(ctx.body());
        if (!running.tryAcquire()) {
            // A slot frees at the latest when a running query meets its deadline.
            ctx.header("Retry-After", String.valueOf(Math.max(1, (limits.timeout().toMillis() + 999) / 1000)));
            throw new ApiException(429, "busy", limits.concurrent() + " console queries are running, the most at once; "
                    + "try again shortly", null, "busy");
        }
        try {
            run(ctx, request);
        } finally {
            running.release();
        }
    }

    private void run(Context ctx, Request request) {
        try {
            ConsoleResult result = explorer.store().console(request.query(), request.params(), limits);
            ctx.json(Answer.of(result));
        } catch (ConsoleRefusal e) {
            String reason = e.reason().code();
            boolean refused = !(reason.equals("syntax") || reason.equals("parameter") || reason.equals("empty")
                    || reason.equals("memory"));
            throw new ApiException(refused ? 403 : 400, refused ? "refused" : "bad_parameter", e.getMessage(),
                    refused ? null : "query", reason);
        } catch (ConsoleTimeout e) {
            throw new ApiException(408, "timeout", e.getMessage(), null, "timeout");
        } catch (GraphException e) {
            // The query ran and failed (e.g. division by zero): the query is at fault, not the server.
            throw new ApiException(400, "bad_parameter", e.getMessage(), "query", "failed");
        }
    }

    record Request(String query, Map<String, Object> params) {
    }

    /** The console's answer: the result as the graph layer gives it, and its nodes as a small graph, if any. */
    record Answer(List<String> columns, List<List<Object>> rows, boolean truncated, int rowCap, long timeoutMillis,
            long elapsedMillis, String queryType, long byteCap, long bytes, String cutBy,
            @JsonInclude(JsonInclude.Include.NON_NULL) ResultGraph.Graph graph) {

        static Answer of(ConsoleResult r) {
            return new Answer(r.columns(), r.rows(), r.truncated(), r.rowCap(), r.timeoutMillis(), r.elapsedMillis(),
                    r.queryType(), r.byteCap(), r.bytes(), r.cutBy(), ResultGraph.of(r.rows()).orElse(null));
        }
    }

    private static Request request(String body) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "The body must be JSON {\"query\": \"…\", \"params\": {…}}: "
                    + e.getOriginalMessage());
        }
        if (json == null || !json.isObject() || !json.path("query").isTextual()) {
            throw ApiException.badParameter("query", "The body must be JSON with a string field \"query\"");
        }
        JsonNode params = json.path("params");
        if (!params.isMissingNode() && !params.isNull() && !params.isObject()) {
            throw ApiException.badParameter("params", "\"params\" must be a JSON object of parameter values");
        }
        Map<String, Object> values = params.isObject() ? JSON.convertValue(params, MAP) : Map.of();
        return new Request(json.get("query").asText(), values);
    }
}
