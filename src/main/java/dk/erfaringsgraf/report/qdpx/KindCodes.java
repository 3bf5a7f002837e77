package dk.erfaringsgraf.report.qdpx;

import java.util.LinkedHashMap;
import java.util.Map;

/** The item kinds as codes under "Slags": Danish name (as the page shows it) and English name, in page order. */
final class KindCodes {

    /** kind → {Danish, English}. */
    static final Map<String, String[]> NAMES = names();

    private KindCodes() {
    }

    private static Map<String, String[]> names() {
        Map<String, String[]> names = new LinkedHashMap<>();
        names.put("opportunity", new String[] {"Mulighed", "Opportunity"});
        names.put("challenge", new String[] {"Udfordring", "Challenge"});
        names.put("recommendation", new String[] {"Anbefaling", "Recommendation"});
        names.put("question", new String[] {"Spørgsmål", "Question"});
        names.put("observation", new String[] {"Iagttagelse", "Observation"});
        names.put("quote", new String[] {"Citat", "Quote"});
        return java.util.Collections.unmodifiableMap(names);
    }

    /** The Danish name of {@code kind}, or the kind itself for one this list does not know. */
    static String danish(String kind) {
        String[] n = NAMES.get(kind);
        return n == null ? kind : n[0];
    }
}
