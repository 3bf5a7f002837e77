package dk.erfaringsgraf.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one Danish stop-word list, {@value #RESOURCE}: words too common to say what a text is about. The list is
 * kept in groups by origin, because two stages were calibrated on different parts of it and their numbers must
 * not move when a word is added for the other: the echo finder uses {@link Group#SNOWBALL} and
 * {@link Group#REPORTS}, the recommendation linker {@link Group#LINKER}. Words are lowercase and are compared
 * with lowercased words before stemming. Immutable.
 */
public final class StopWords {

    /** A part of the list, a section {@code [name]} of the resource. */
    public enum Group {
        /** Snowball's Danish stop list (snowballstem.org, BSD licence), as Lucene ships it. */
        SNOWBALL,
        /** Light verbs, fillers, abbreviations and "kommune" in all forms, added for these reports. */
        REPORTS,
        /** The shorter list the recommendation linker was calibrated with. */
        LINKER
    }

    static final String RESOURCE = "/text/stopwords-da.txt";
    private static final Map<Group, Set<String>> GROUPS = load();

    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
    }

    /** The whole list: the union of all groups. */
    public static StopWords danish() {
        return danish(Group.values());
    }

    /** The union of {@code groups}. */
    public static StopWords danish(Group... groups) {
        Set<String> out = new LinkedHashSet<>();
        Arrays.stream(groups).forEach(g -> out.addAll(GROUPS.get(g)));
        return new StopWords(out);
    }

    /** Whether {@code word} (lowercase) is a stop word. */
    public boolean contains(String word) {
        return words.contains(word);
    }

    /** The words, in the list's order. */
    public Set<String> words() {
        return words;
    }

    private static Map<Group, Set<String>> load() {
        try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The stop-word list " + RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the stop-word list " + RESOURCE + ": " + e.getMessage(), e);
        }
    }

    /** Reads groups from {@code text}; every group must be present and every word lowercase. */
    static Map<Group, Set<String>> parse(String text) {
        Map<Group, Set<String>> groups = new EnumMap<>(Group.class);
        Set<String> current = null;
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.startsWith("[") && line.endsWith("]")) {
                current = new LinkedHashSet<>();
                groups.put(group(line.substring(1, line.length() - 1), i + 1), current);
            } else if (!line.isEmpty()) {
                addWords(current, line, i + 1);
            }
        }
        List<Group> missing = new ArrayList<>(Arrays.asList(Group.values()));
        missing.removeAll(groups.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " lacks the groups " + missing);
        }
        return groups;
    }

    private static Group group(String name, int line) {
        try {
            return Group.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(RESOURCE + " line " + line + ": unknown group [" + name + "]", e);
        }
    }

    private static void addWords(Set<String> group, String line, int number) {
        if (group == null) {
            throw new IllegalStateException(RESOURCE + " line " + number + ": words before the first [group]");
        }
        for (String word : line.split("\\s+")) {
            if (!word.equals(word.toLowerCase(Locale.ROOT))) {
                throw new IllegalStateException(RESOURCE + " line " + number + ": '" + word + "' is not lowercase");
            }
            group.add(word);
        }
    }
}
