package dk.erfaringsgraf.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What an item is. The graph gives findings a second label from this; quotes are their own nodes. A question
 * is one the report puts to its readers ("Spørgsmål til drøftelse"), with its sub-points in its text: it asks,
 * so it is neither a recommendation nor an observation.
 */
public enum ItemKind {
    OPPORTUNITY, CHALLENGE, RECOMMENDATION, QUESTION, OBSERVATION, QUOTE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
