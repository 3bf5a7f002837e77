package dk.erfaringsgraf.extract;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Why an item has its kind, strongest evidence first: the report's own structure (a chapter heading such as
 * "Udfordringer", a list label such as "Det gik godt:"), a lead-in sentence before a list ("De fem
 * anbefalinger … er:"), a cue in the sentence itself (valence or modality from the lexicons), a layout
 * template's own convention (the committee case's tracks, a flattened two-column list split by stance), a
 * quotation (marks, a quote style or an attribution), or nothing: an observation by default.
 */
public enum KindBy {
    HEADING, LABEL, LEAD_IN, CUE, TEMPLATE, QUOTE, DEFAULT;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The evidence a kind has when a reader states no other: quotes by quotation, observations by default. */
    static KindBy implied(ItemKind kind) {
        return switch (kind) {
            case QUOTE -> QUOTE;
            case OBSERVATION -> DEFAULT;
            default -> TEMPLATE;
        };
    }

    public static KindBy of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
