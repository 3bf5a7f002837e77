package dk.erfaringsgraf.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What an item is. The graph gives findings a second label from this; quotes are their own nodes. */
public enum ItemKind {
    OPPORTUNITY, CHALLENGE, RECOMMENDATION, OBSERVATION, QUOTE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
