package dk.erfaringsgraf.report;

import dk.erfaringsgraf.ingest.InputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The formats a table is exported in; the lower-case name is the command-line word and the file extension. */
public enum Format {
    CSV, XLSX, MD, HTML, JSON;

    /** The command-line word and file extension: csv, xlsx, md, html, json. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @throws InputException naming the unknown format and listing the valid ones
     */
    public static Format parse(String word) {
        for (Format format : values()) {
            if (format.word().equalsIgnoreCase(word == null ? "" : word.strip())) {
                return format;
            }
        }
        throw new InputException("Unknown format '" + word + "'; valid formats: "
                + Arrays.stream(values()).map(Format::word).collect(Collectors.joining(", ")));
    }
}
