package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.TextJoiner;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents of the clean Sorø text ("Teknologi\t10", "Lokaldemokrati.....\t22"): its
 * lines, the line that titles it ("Indhold") and the entry titles, used to find the section headings.
 */
record SoroeToc(List<Integer> lines, Optional<Integer> titleLine, List<String> titles) {

    private static final Pattern ENTRY = Pattern.compile("^(\\S.*?)(?:\\s*\\.{2,}\\s*|\\t+\\s*)(\\d{1,3})\\s*$");
    /** A heading may differ from its contents entry by a word ("Hvad vi lærte/hørte, kort fortalt"). */
    private static final double MIN_TITLE_SIMILARITY = 0.75;

    SoroeToc {
        lines = List.copyOf(lines);
        titles = List.copyOf(titles);
    }

    /** Reads the first run of at least three contents entries (blank lines may separate them). */
    static SoroeToc read(Document document) {
        List<Integer> lines = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            Matcher m = ENTRY.matcher(document.line(n));
            if (m.matches()) {
                lines.add(n);
                titles.add(TextJoiner.fold(m.group(1)));
            } else if (!document.isBlank(n) && !lines.isEmpty()) {
                if (titles.size() >= 3) {
                    break;
                }
                lines.clear();
                titles.clear();
            }
        }
        if (titles.size() < 3) {
            return new SoroeToc(List.of(), Optional.empty(), List.of());
        }
        return new SoroeToc(lines, previousNonBlank(document, lines.get(0)), titles);
    }

    private static Optional<Integer> previousNonBlank(Document document, int line) {
        for (int n = line - 1; n >= 1; n--) {
            if (!document.isBlank(n)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** The heading line of each entry, searched in order after the contents; misses are warned. */
    Set<Integer> headings(Document document, ParseSink sink) {
        Set<Integer> found = new LinkedHashSet<>();
        int from = lines.isEmpty() ? 1 : lines.get(lines.size() - 1) + 1;
        for (String title : titles) {
            int n = find(document, title, from);
            if (n < 0) {
                sink.warn("Sorø: no heading for contents entry '" + title + "'");
            } else {
                found.add(n);
                from = n + 1;
            }
        }
        return found;
    }

    private static int find(Document document, String title, int from) {
        for (int n = from; n <= document.lineCount(); n++) {
            String s = TextJoiner.fold(document.line(n));
            if (s.length() <= title.length() + 10 && matches(s, title)) {
                return n;
            }
        }
        return -1;
    }

    private static boolean matches(String line, String title) {
        return letters(line).equals(letters(title)) || TextSimilarity.dice(line, title) >= MIN_TITLE_SIMILARITY;
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
