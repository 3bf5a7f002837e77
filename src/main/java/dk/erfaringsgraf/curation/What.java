package dk.erfaringsgraf.curation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What a correction changes, as written in the file ({@code "what": "kind"}); {@code undo} withdraws an earlier one. */
public enum What {
    KIND("kind"), THEMES("themes"), ACTORS("actors"), SPEAKER("speaker"), ECHO("echo"),
    MERGE_PEOPLE("merge-people"), UNDO("undo");

    private final String id;

    What(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The value of {@code id}; the message lists the allowed ones. */
    @JsonCreator
    public static What of(String id) {
        return Arrays.stream(values()).filter(w -> w.id.equals(id)).findFirst().orElseThrow(() ->
                new IllegalArgumentException("unknown what '" + id + "' (one of " + allowed() + ")"));
    }

    public static String allowed() {
        return Arrays.stream(values()).map(What::id).collect(Collectors.joining(", "));
    }
}
