package dk.erfaringsgraf.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * One correction a person made, one line of the corrections file: who, when (ISO-8601 UTC), what, its target,
 * and the value before and after. {@code after} is the whole new value (every theme the item is about, not the
 * one added), so re-applying it gives the same graph. Values by {@link What}:
 * <ul>
 * <li>kind: "challenge"; themes, actors: ["digitalisering", …]; speaker: "Søren S. Kjær"</li>
 * <li>echo: {"decision": "confirm"|"reject", "relation": "agrees"|"contrasts"|"related"} (before: the echo as
 *     the analysis found it, {similarity, terms, relation}, or null)</li>
 * <li>merge-people: after is the person kept, before the person merged into them</li>
 * <li>undo: target.correction names the correction withdrawn; before and after are null</li>
 * </ul>
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Correction(String id, String who, String when, What what, Target target, JsonNode before, JsonNode after) {

    public static final List<String> DECISIONS = List.of("confirm", "reject");
    public static final List<String> RELATIONS = List.of("agrees", "contrasts", "related");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new correction made now, with a fresh id ("c" + time + random, so ids sort by time and never clash). */
    public static Correction now(String who, What what, Target target, JsonNode before, JsonNode after) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        byte[] random = new byte[3];
        RANDOM.nextBytes(random);
        String id = "c" + now.toString().replaceAll("[-:]", "").replace("Z", "") + "-" + HexFormat.of().formatHex(random);
        return new Correction(id, who, now.toString(), what, target, before, after);
    }

    /**
     * Checks that the fields this kind of correction needs are there and well-formed.
     *
     * @throws IllegalArgumentException naming the field
     */
    public Correction validated() {
        require(id != null && !id.isBlank(), "id", "is missing");
        require(who != null && !who.isBlank(), "who", "is missing (the name of the person correcting)");
        require(when != null, "when", "is missing");
        try {
            Instant.parse(when);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("when: '" + when + "' is not an ISO-8601 UTC time (2026-12-02T15:30:00Z)");
        }
        require(what != null, "what", "is missing (one of " + What.allowed() + ")");
        require(target != null, "target", "is missing");
        switch (what) {
            case KIND, SPEAKER -> {
                require(target.item() != null, "target.item", "is missing");
                require(after != null && after.isTextual() && !after.asText().isBlank(), "after", "must be a text");
            }
            case THEMES, ACTORS -> {
                require(target.item() != null, "target.item", "is missing");
                require(after != null && after.isArray(), "after", "must be a list of ids");
            }
            case ECHO -> {
                require(target.items() != null && target.items().size() == 2, "target.items", "must be two item ids");
                require(after != null && DECISIONS.contains(after.path("decision").asText()), "after.decision",
                        "must be one of " + DECISIONS);
                String relation = after.path("relation").asText(null);
                require(relation == null || RELATIONS.contains(relation), "after.relation", "must be one of " + RELATIONS);
            }
            case MERGE_PEOPLE -> {
                require(target.people() != null && target.people().size() == 2
                        && !target.people().get(0).equals(target.people().get(1)), "target.people",
                        "must be two different person names (merged away, kept)");
            }
            case UNDO -> require(target.correction() != null, "target.correction", "is missing");
            default -> throw new IllegalStateException(what.id());
        }
        return this;
    }

    private static void require(boolean ok, String field, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(field + " " + problem);
        }
    }

    /** The ids of the corrections that undo lines among {@code all} withdraw. */
    static Set<String> undone(List<Correction> all) {
        return all.stream().filter(c -> c.what() == What.UNDO).map(c -> c.target().correction())
                .collect(java.util.stream.Collectors.toSet());
    }
}
