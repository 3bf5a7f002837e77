package dk.erfaringsgraf.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.curation.Correction;
import dk.erfaringsgraf.curation.Target;
import java.util.List;

/** The request and answer bodies of {@code /api/corrections}. */
final class CorrectionPayloads {

    private CorrectionPayloads() {
    }

    /** POST /api/corrections: who corrects, what, its target and the new value (see {@link Correction}). */
    record Request(String who, String what, Target target, JsonNode after) {
    }

    /** POST /api/corrections/{id}/undo. */
    record Undo(String who) {
    }

    /**
     * GET /api/corrections: the corrections in force (oldest first), the ids of those whose target the graph
     * does not have, whether this server refuses corrections (and why: read-only, no-file), whether the scores
     * and echoes are being computed again after a correction, the file they are kept in, and the names of the
     * people quotes are said by (the choices for a speaker or a merge).
     */
    record Listing(String file, boolean readOnly, String readOnlyReason, boolean analysisStale,
                   List<Correction> corrections, List<String> missing, List<String> people) {
        Listing {
            corrections = List.copyOf(corrections);
            missing = List.copyOf(missing);
            people = List.copyOf(people);
        }
    }

    /**
     * The answer to a correction made or undone: the correction (or undo line) written, how many corrections in
     * force are applied, those whose target is missing, and whether the scores and echoes are still being
     * computed again (a correction of kind, themes or actors starts that).
     */
    record Outcome(Correction correction, int applied, List<String> missing, boolean analysisStale) {
        Outcome {
            missing = List.copyOf(missing);
        }
    }
}
