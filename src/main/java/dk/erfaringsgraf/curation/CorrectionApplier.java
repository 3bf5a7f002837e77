package dk.erfaringsgraf.curation;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.graph.CypherStep;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.QueryResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the corrections in force into the graph, in one transaction: first back to what the machine found
 * ({@code cypher/curation/reset.cypher}), then every correction in file order, so applying is idempotent and an
 * undone correction simply is not applied any more. Run after every load and every analysis.
 */
public final class CorrectionApplier {

    private final GraphStore store;

    public CorrectionApplier(GraphStore store) {
        this.store = store;
    }

    /** Applies {@code inForce} to the graph as it is (after a load, or after a correction was made or undone). */
    public ApplyReport apply(List<Correction> inForce) {
        return run(inForce, false);
    }

    /** Applies {@code inForce} after a new analysis replaced the echoes (rejected ones of the old analysis go). */
    public ApplyReport afterAnalysis(List<Correction> inForce) {
        return run(inForce, true);
    }

    private ApplyReport run(List<Correction> inForce, boolean analysed) {
        List<CypherStep> steps = new ArrayList<>();
        steps.add(new CypherStep(analysed ? "curation/forget-rejected" : "curation/reset", Map.of()));
        if (analysed) {
            steps.add(new CypherStep("curation/reset", Map.of()));
        }
        int first = steps.size();
        inForce.forEach(c -> steps.add(step(c)));
        steps.add(new CypherStep("curation/recount-echoes", Map.of()));
        List<QueryResult> results = store.curate(steps);
        List<Correction> missing = new ArrayList<>();
        for (int i = 0; i < inForce.size(); i++) {
            if (applied(results.get(first + i)) == 0) {
                missing.add(inForce.get(i));
            }
        }
        return new ApplyReport(inForce.size() - missing.size(), missing);
    }

    private static long applied(QueryResult result) {
        return result.rows().isEmpty() ? 0 : ((Number) result.rows().get(0).get(0)).longValue();
    }

    static CypherStep step(Correction c) {
        Map<String, Object> p = new HashMap<>();
        switch (c.what()) {
            case KIND -> {
                p.put("item", c.target().item());
                p.put("kind", c.after().asText());
            }
            case THEMES, ACTORS -> {
                p.put("item", c.target().item());
                p.put("ids", texts(c.after()));
            }
            case SPEAKER -> {
                p.put("item", c.target().item());
                p.put("person", c.after().asText());
            }
            case MERGE_PEOPLE -> {
                p.put("from", c.target().people().get(0));
                p.put("into", c.target().people().get(1));
            }
            case ECHO -> {
                p.put("a", c.target().items().get(0));
                p.put("b", c.target().items().get(1));
                p.put("relation", c.after().path("relation").asText(null));
                JsonNode before = c.before();
                p.put("similarity", before == null || !before.path("similarity").isNumber() ? null
                        : before.path("similarity").asDouble());
                p.put("terms", before == null || !before.path("terms").isArray() ? null : texts(before.path("terms")));
                String decision = c.after().path("decision").asText();
                return new CypherStep("reject".equals(decision) ? "curation/echo-reject" : "curation/echo-confirm", p);
            }
            default -> throw new IllegalArgumentException("not a correction to apply: " + c.what().id());
        }
        return new CypherStep("curation/" + c.what().id(), p);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
