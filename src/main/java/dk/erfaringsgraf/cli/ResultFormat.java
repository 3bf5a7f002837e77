package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.ingest.InputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the {@code query} command prints its rows: an aligned table for reading, CSV or JSON for tools. */
enum ResultFormat {
    TABLE, CSV, JSON;

    /** The option text the user types, e.g. {@code table}. */
    String optionText() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named by the {@code --format} text, ignoring case and surrounding blanks.
     *
     * @throws InputException naming the option and the valid formats when the text names none
     */
    static ResultFormat parse(String text) {
        String wanted = text == null ? "" : text.strip();
        for (ResultFormat format : values()) {
            if (format.optionText().equalsIgnoreCase(wanted)) {
                return format;
            }
        }
        String problem = wanted.isEmpty() ? "--format: no format given" : "--format " + wanted + ": unknown format";
        throw new InputException(problem + " (valid: " + validNames() + ")");
    }

    /** The valid option texts in declaration order, for messages and help: "table, csv, json". */
    static String validNames() {
        return Arrays.stream(values()).map(ResultFormat::optionText).collect(Collectors.joining(", "));
    }
}
