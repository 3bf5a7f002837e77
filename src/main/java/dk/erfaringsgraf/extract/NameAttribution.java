package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An interview attribution printed after the quote as "Name, X Kommune": on a line
 * of its own, at the end of the quote's last line ({@code before} holds the quote's words), at the start of
 * a line that goes on with the next quote ({@code after}), or broken after the comma over two lines.
 */
record NameAttribution(Speaker speaker, int firstLine, int lastLine, String before, String after) {

    /** Two to four capitalised words or initials: "Søren S. Kjær", "Jens Peter Hegelund Jensen". */
    private static final String NAME = "\\p{Lu}\\p{Ll}+(?:\\s(?:\\p{Lu}\\.|\\p{Lu}\\p{Ll}+)){1,3}";
    /** "Sorø Kommune", "Ringkøbing-Skjern Kommune". */
    private static final String ORG = "\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?\\sKommune";
    private static final Pattern LEADING =
            Pattern.compile("(" + NAME + "), (" + ORG + ")(?: (\\p{Lu}.*))?");
    /** Reluctant prefix: the earliest sentence end after which a whole name fits, so no name is cut. */
    private static final Pattern TRAILING =
            Pattern.compile("(.*?[.!?”’]) (" + NAME + "), (" + ORG + ")");
    private static final Pattern NAME_ALONE = Pattern.compile("(" + NAME + "),");
    private static final Pattern ORG_ALONE = Pattern.compile(ORG);

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
        return split(document, n, line);
    }

    private static Optional<NameAttribution> split(Document document, int n, String line) {
        Matcher name = NAME_ALONE.matcher(line);
        if (!name.matches() || n >= document.lineCount()) {
            return Optional.empty();
        }
        String next = TextJoiner.fold(document.line(n + 1));
        if (!ORG_ALONE.matcher(next).matches()) {
            return Optional.empty();
        }
        return Optional.of(new NameAttribution(speaker(name.group(1), next), n, n + 1, "", ""));
    }

    private static Speaker speaker(String name, String organisation) {
        return Speaker.person(name, organisation);
    }
}
