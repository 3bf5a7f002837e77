package dk.erfaringsgraf.report.qdpx;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The GUIDs of a REFI-QDA project, derived from what they name (name-based UUIDs), so the same graph gives the
 * same project byte for byte and a code keeps its GUID from one export to the next (a QDA program that merges a
 * newer export can match them).
 */
final class Guids {

    private Guids() {
    }

    /** The GUID of the {@code kind} named {@code key}, e.g. ("theme", "digitalisering"). */
    static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("erfaringsgraf:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
