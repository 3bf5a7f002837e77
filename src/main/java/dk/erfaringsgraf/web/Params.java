package dk.erfaringsgraf.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** Query-string parsing with errors that name the parameter and what it accepts. */
final class Params {

    private Params() {
    }

    /** A comma-separated list whose every value is one of {@code allowed}; all of them when absent. */
    static List<String> list(Context ctx, String name, Collection<String> allowed) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return List.copyOf(allowed);
        }
        List<String> values = Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw ApiException.badParameter(name, "Unknown " + name + " value '" + value + "'; valid: "
                        + String.join(", ", allowed));
            }
        }
        return values;
    }

    /** An integer in [min, max], or {@code fallback} when absent. */
    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the allowed range
        }
        throw ApiException.badParameter(name, name + " must be a whole number from " + min + " to " + max + ", not '" + raw + "'");
    }

    /** A value that must be one of {@code allowed}, or null when absent. */
    static String oneOf(Context ctx, String name, Collection<String> allowed) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (!allowed.contains(raw.strip())) {
            throw ApiException.badParameter(name, "Unknown " + name + " '" + raw + "'; valid: " + String.join(", ", allowed));
        }
        return raw.strip();
    }

    /** A required, non-blank query parameter. */
    static String required(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            throw ApiException.badParameter(name, "Parameter " + name + " is required and must not be empty");
        }
        return raw.strip();
    }
}
