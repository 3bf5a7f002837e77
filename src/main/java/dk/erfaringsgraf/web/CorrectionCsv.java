package dk.erfaringsgraf.web;

import com.fasterxml.jackson.databind.JsonNode;
import dk.erfaringsgraf.curation.Correction;
import dk.erfaringsgraf.curation.What;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Every line of the corrections file as CSV (RFC 4180), with whether each correction is still in force. */
final class CorrectionCsv {

    private CorrectionCsv() {
    }

    static String of(List<Correction> all) {
        Set<String> undone = all.stream().filter(c -> c.what() == What.UNDO).map(c -> c.target().correction())
                .collect(Collectors.toSet());
        StringBuilder csv = new StringBuilder("id,who,when,what,target,before,after,inForce\r\n");
        for (Correction c : all) {
            boolean inForce = c.what() != What.UNDO && !undone.contains(c.id());
            csv.append(String.join(",", List.of(cell(c.id()), cell(c.who()), cell(c.when()), cell(c.what().id()),
                    cell(c.target().describe()), cell(value(c.before())), cell(value(c.after())),
                    inForce ? "yes" : "no"))).append("\r\n");
        }
        return csv.toString();
    }

    private static String value(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        if (v.isTextual()) {
            return v.asText();
        }
        if (v.isArray()) {
            StringBuilder s = new StringBuilder();
            v.forEach(x -> s.append(s.length() == 0 ? "" : "; ").append(x.asText()));
            return s.toString();
        }
        return v.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.matches("(?s).*[\",\r\n].*") || s.startsWith("=") || s.startsWith("+") || s.startsWith("-") || s.startsWith("@")
                ? "\"" + (s.matches("^[=+\\-@].*") ? "'" : "") + s.replace("\"", "\"\"") + "\"" : s;
    }
}
