package dk.erfaringsgraf.curation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * What a correction is about; which field is set depends on {@link What}: {@code item} (kind, themes, actors,
 * speaker), {@code items} (an echo: the two item ids), {@code people} (merge-people: the person merged away,
 * then the person kept) or {@code correction} (undo: the id of the correction withdrawn).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Target(String item, List<String> items, List<String> people, String correction) {

    public Target {
        items = items == null ? null : List.copyOf(items);
        people = people == null ? null : List.copyOf(people);
    }

    public static Target item(String id) {
        return new Target(id, null, null, null);
    }

    public static Target echo(String a, String b) {
        return new Target(null, List.of(a, b), null, null);
    }

    public static Target people(String from, String into) {
        return new Target(null, null, List.of(from, into), null);
    }

    public static Target correction(String id) {
        return new Target(null, null, null, id);
    }

    /** For messages and the CSV export: "kl-2020:172", "a ↔ b", "from → into", "undo c-…". */
    public String describe() {
        if (item != null) {
            return item;
        }
        if (items != null) {
            return String.join(" ↔ ", items);
        }
        if (people != null) {
            return String.join(" → ", people);
        }
        return correction;
    }
}
