package dk.erfaringsgraf.extract;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Who said a quote, as the text states it: a named person ("Søren S. Kjær"), a role ("fagdirektør,
 * sundhedsområdet") or both, and the organisation ("Sorø Kommune"). Absent parts are null. When the corpus
 * prints one person's name in several ways ("Stefan Birkebjerg" and "Stefan Birkebjerg Andersen"), the
 * person is the fullest form and {@code aliases} keeps the others ({@link PersonNames}).
 */
public record Speaker(String person, String role, String organisation,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> aliases) {

    public Speaker {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public Speaker(String person, String role, String organisation) {
        this(person, role, organisation, List.of());
    }

    public static Speaker person(String person, String organisation) {
        return new Speaker(person, null, organisation);
    }

    public static Speaker role(String role) {
        return new Speaker(null, role, null);
    }
}
