package dk.erfaringsgraf.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.erfaringsgraf.curation.ApplyReport;
import dk.erfaringsgraf.curation.Correction;
import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.curation.What;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/corrections}: list the corrections in force, make one, undo one, export the file (JSONL) or a CSV.
 * A correction of kind, themes or actors changes what the scores and echoes are computed from, so the analysis
 * is run again in the background ({@link Reanalysis}; answers say {@code analysisStale} until it is done); one
 * correction is made at a time.
 */
final class CorrectionApi {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<What> REANALYSE = Set.of(What.KIND, What.THEMES, What.ACTORS);

    private final Explorer explorer;
    private final Curation curation;
    private final CorrectionCheck check;
    private final Reanalysis reanalysis;

    CorrectionApi(Explorer explorer, Curation curation) {
        this.explorer = explorer;
        this.curation = curation;
        this.check = new CorrectionCheck(explorer);
        this.reanalysis = curation == null ? null : new Reanalysis(explorer.store(), curation);
    }

    void list(Context ctx) {
        if (curation == null) {
            ctx.json(new CorrectionPayloads.Listing(null, true, "no-file", false, List.of(), List.of(), people()));
            return;
        }
        List<Correction> inForce = curation.inForce();
        List<String> missing = curation.lastReport().missing().stream().map(Correction::id).toList();
        ctx.json(new CorrectionPayloads.Listing(curation.file().toString(), curation.readOnly(),
                curation.readOnly() ? "read-only" : null, reanalysis.stale(), inForce, missing, people()));
    }

    private List<String> people() {
        return explorer.rows("curation/people", java.util.Map.of()).stream().map(r -> (String) r.get("name")).toList();
    }

    synchronized void make(Context ctx) {
        writable();
        CorrectionPayloads.Request request = body(ctx, CorrectionPayloads.Request.class);
        Correction correction = check.checked(request);
        ctx.json(outcome(correction, curation.make(correction), REANALYSE.contains(correction.what())));
    }

    synchronized void undo(Context ctx) {
        writable();
        CorrectionPayloads.Undo request = body(ctx, CorrectionPayloads.Undo.class);
        String who = CorrectionCheck.who(request.who());
        String id = ctx.pathParam("id");
        Correction undone = curation.inForce().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("id", "No correction in force with id '" + id + "'"));
        Correction line = curation.undoOf(id, who);
        ctx.json(outcome(line, curation.make(line), REANALYSE.contains(undone.what())));
    }

    void export(Context ctx) {
        String format = Params.oneOf(ctx, "format", List.of("jsonl", "csv"));
        format = format == null ? "jsonl" : format;
        ctx.header("Content-Disposition", "attachment; filename=\"erfaringsgraf-corrections." + format + "\"");
        if ("csv".equals(format)) {
            ctx.contentType("text/csv; charset=utf-8").result(CorrectionCsv.of(curation == null ? List.of() : curation.all()));
            return;
        }
        ctx.contentType("application/x-ndjson; charset=utf-8").result(jsonl());
    }

    private String jsonl() {
        try {
            return curation == null || !Files.exists(curation.file()) ? ""
                    : Files.readString(curation.file(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CorrectionPayloads.Outcome outcome(Correction written, ApplyReport report, boolean reanalyse) {
        if (reanalyse) {
            reanalysis.request();
        }
        return new CorrectionPayloads.Outcome(written, report.applied(),
                report.missing().stream().map(Correction::id).toList(), reanalysis.stale());
    }

    private void writable() {
        if (curation == null) {
            throw new ApiException(403, "read_only", "This server keeps no corrections file (with --neo4j, serve needs "
                    + "--corrections FILE): corrections are refused", null, "no-file");
        }
        if (curation.readOnly()) {
            throw new ApiException(403, "read_only", "This server is read-only (serve --read-only): corrections are "
                    + "refused; ask whoever runs it, or run your own", null, "read-only");
        }
    }

    private static <T> T body(Context ctx, Class<T> type) {
        try {
            T value = JSON.readValue(ctx.body(), type);
            if (value == null) {
                throw ApiException.badParameter("body", "The body must be a JSON object");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw ApiException.badParameter("body", "The body is not a correction: " + e.getOriginalMessage());
        }
    }
}
