package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview attribution printed after the quote as "Name, Organisation" ("Søren S. Kjær, Sorø Kommune",
 * "Anne Bak, KL", "Ole Ravn, Region Sjælland"): on a line
 * of its own, at the end of the quote's last line ({@code before} holds the quote's words), at the start of
 * a line that goes on with the next quote ({@code after}), or broken over two lines anywhere (after the
 * comma, as the PDF sets narrow columns, or wherever a hard wrap carries the rest of the name or the
 * organisation to the next line).
 */
record NameAttribution(Speaker speaker, int firstLine, int lastLine, String before, String after) {

    /** A person's name as {@link Attribution} reads it. */
    private static final String NAME = Attribution.NAME;
    /** "Sorø Kommune", "Region Sjælland", "KL", "Sundhedsstyrelsen": {@link Organisations}. */
    private static final String ORG = "(?:" + Organisations.PATTERN + ")";
    private static final Pattern LEADING =
            Pattern.compile("(" + NAME + "), (" + ORG + ")(?: (\\p{Lu}.*))?");
    /** Reluctant prefix: the earliest sentence end after which a whole name fits, so no name is cut. */
    private static final Pattern TRAILING =
            Pattern.compile("(.*?[.!?”’]) (" + NAME + "), (" + ORG + ")");

    /** The attribution that starts on 1-based line {@code n}, if any. */
    static Optional<NameAttribution> at(Document document, int n) {
        String line = TextJoiner.fold(document.line(n));
        Matcher m = LEADING.matcher(line);
        if (m.matches()) {
            String after = m.group(3) == null ? "" : m.group(3);
            return Optional.of(new NameAttribution(speaker(m.group(1), m.group(2)), n, n, "", after));
        }
        m = TRAILING.matcher(line);
        if (m.matches()) {
            return Optional.of(new NameAttribution(speaker(m.group(2), m.group(3)), n, n, m.group(1), ""));
        }
        return broken(document, n, line);
    }

    /**
     * An attribution that starts on line {@code n} and goes on in the next: on lines of its own ("Birgitte
     * Lundgren," / "Rudersdal Kommune"), or after the quote's last words; wherever the break falls, the
     * organisation ends on the next line, so the next line holds nothing but the rest of the attribution
     * and, when it stands on lines of its own, the words of the next quote.
     */
    private static Optional<NameAttribution> broken(Document document, int n, String line) {
        if (n >= document.lineCount()) {
            return Optional.empty();
        }
        String joined = line + " " + TextJoiner.fold(document.line(n + 1));
        Matcher m = LEADING.matcher(joined);
        if (m.matches() && m.end(2) > line.length()) {
            String after = m.group(3) == null ? "" : m.group(3);
            return Optional.of(new NameAttribution(speaker(m.group(1), m.group(2)), n, n + 1, "", after));
        }
        m = TRAILING.matcher(joined);
        if (m.matches() && m.start(2) < line.length()) {
            return Optional.of(new NameAttribution(speaker(m.group(2), m.group(3)), n, n + 1, m.group(1), ""));
        }
        return Optional.empty();
    }

    private static Speaker speaker(String name, String organisation) {
        return Speaker.person(name, organisation);
    }
}
