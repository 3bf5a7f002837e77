package dk.erfaringsgraf.extract;

/**
 * Who said a quote, as the text states it: a named person ("Søren S. Kjær"), a role ("fagdirektør,
 * sundhedsområdet") or both, and the organisation ("Sorø Kommune"). Absent parts are null.
 */
public record Speaker(String person, String role, String organisation) {

    public static Speaker person(String person, String organisation) {
        return new Speaker(person, null, organisation);
    }

    public static Speaker role(String role) {
        return new Speaker(null, role, null);
    }
}
