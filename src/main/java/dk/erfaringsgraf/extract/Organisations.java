package dk.erfaringsgraf.extract;

/**
 * The Danish public organisations a speaker is signed with, as one regular expression for every attribution
 * reader: a municipality ("Sorø Kommune", "Ringkøbing-Skjern Kommune"), a region ("Region Sjælland", "Region
 * Hovedstaden"), the municipal and regional associations ("KL", "Kommunernes Landsforening", "Danske
 * Regioner"), a ministry, agency, association or council named by its compound ("Sundheds- og
 * Ældreministeriet", "Sundhedsstyrelsen", "Kommunaldirektørforeningen"), "Ministeriet for …" / "Styrelsen for
 * …", and a named institution ("Plejecenter Egebakken", "Børnehuset Solsikken", "Slagelse Sygehus").
 */
final class Organisations {

    private static final String WORD = "\\p{Lu}\\p{Ll}+";
    /** A compound that ends in the kind of body: ministeriet, styrelsen, foreningen, forbundet, rådet … */
    private static final String BODY = "(?:ministeriet|styrelsen|foreningen|forbundet|rådet|tilsynet|agenturet"
            + "|direktoratet|instituttet|universitet)";

    /** Institutions named by their kind and a name: "Plejecenter Egebakken", "Slagelse Sygehus". */
    private static final String INSTITUTION = "(?:Plejecenter|Plejehjem|Børnehuset|Børnehaven|Vuggestuen|Skolen"
            + "|Sygehus|Hospital|Jobcenter|Rådhuset)";
    private static final String INSTITUTION_AFTER = "(?:Sygehus|Hospital|Universitetshospital|Skole|Plejecenter"
            + "|Jobcenter|Bibliotek|Gymnasium)";

    static final String PATTERN = WORD + "(?:-" + WORD + ")?\\sKommune"
            + "|" + INSTITUTION + "\\s" + WORD + "|" + WORD + "\\s" + INSTITUTION_AFTER
            + "|Region\\s" + WORD + "(?:\\s" + WORD + ")?"
            + "|KL|Kommunernes\\sLandsforening|Danske\\sRegioner"
            + "|(?:" + WORD + "-\\sog\\s)?" + WORD + BODY
            + "|(?:Ministeriet|Styrelsen|Agenturet)\\sfor\\s\\p{L}+(?:(?:,\\s|\\sog\\s|\\s)\\p{L}+){0,4}";

    private Organisations() {
    }
}
