package dk.erfaringsgraf.extract;

import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Danish valence lexicon: general evaluative words with a polarity and weight, and the modifiers that
 * turn them ("ikke", "mindre"). It is an editable resource ({@value #RESOURCE}); its header says how it was
 * made and what each column means. Word forms beat stems; among stems the longest wins, so "udfordr*"
 * (double) is not overruled by a shorter one.
 */
final class ValenceLexicon {

    static final String RESOURCE = "/lexicon/valence.tsv";

    /** What a lexicon word does to the words around it. */
    enum Modifier { NONE, NOT, LESS, SOLVES }

    /** The entry for one word: signed weight (0 for a modifier) and its modifier. */
    record Entry(int valence, Modifier modifier) {
        static final Entry NEUTRAL = new Entry(0, Modifier.NONE);
    }

    private static ValenceLexicon standard;

    private final Map<String, Entry> forms;
    private final List<Map.Entry<String, Entry>> prefixes;
    private final List<Map.Entry<String, Entry>> suffixes;

    private ValenceLexicon(Map<String, Entry> forms, List<Map.Entry<String, Entry>> prefixes,
                           List<Map.Entry<String, Entry>> suffixes) {
        this.forms = Map.copyOf(forms);
        this.prefixes = byLengthDescending(prefixes);
        this.suffixes = byLengthDescending(suffixes);
    }

    /** The bundled lexicon, loaded once. */
    static synchronized ValenceLexicon standard() {
        if (standard == null) {
            try (InputStream in = ValenceLexicon.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new InputException(RESOURCE + ": valence lexicon missing from the classpath");
                }
                standard = parse(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new InputException(RESOURCE + ": cannot read the valence lexicon", e);
            }
        }
        return standard;
    }

    /**
     * Reads a lexicon in the format of {@value #RESOURCE}.
     *
     * @throws InputException naming {@code source} and the line of the first malformed row
     */
    static ValenceLexicon parse(String source, String text) {
        Map<String, Entry> forms = new HashMap<>();
        List<Map.Entry<String, Entry>> prefixes = new ArrayList<>();
        List<Map.Entry<String, Entry>> suffixes = new ArrayList<>();
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\t+");
            String word = cols[0].toLowerCase(Locale.ROOT);
            Entry entry = entry(source, i + 1, cols);
            if (word.length() > 1 && word.endsWith("*") && !word.startsWith("*")) {
                prefixes.add(Map.entry(word.substring(0, word.length() - 1), entry));
            } else if (word.length() > 1 && word.startsWith("*") && !word.endsWith("*")) {
                suffixes.add(Map.entry(word.substring(1), entry));
            } else if (word.chars().allMatch(Character::isLetter)) {
                forms.put(word, entry);
            } else {
                throw bad(source, i + 1, "entry \"" + cols[0] + "\" is not a word, stem* or *ending");
            }
        }
        return new ValenceLexicon(forms, prefixes, suffixes);
    }

    private static Entry entry(String source, int line, String[] cols) {
        if (cols.length < 2 || cols.length > 3) {
            throw bad(source, line, "expected ENTRY, VALUE and an optional WEIGHT separated by tabs");
        }
        int weight = cols.length == 3 ? weight(source, line, cols[2]) : 1;
        return switch (cols[1]) {
            case "+1" -> new Entry(weight, Modifier.NONE);
            case "-1" -> new Entry(-weight, Modifier.NONE);
            case "not" -> new Entry(0, Modifier.NOT);
            case "less" -> new Entry(0, Modifier.LESS);
            case "solves" -> new Entry(0, Modifier.SOLVES);
            default -> throw bad(source, line, "value \"" + cols[1] + "\" is not +1, -1, not, less or solves");
        };
    }

    private static int weight(String source, int line, String text) {
        try {
            int w = Integer.parseInt(text);
            if (w > 0) {
                return w;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(source, line, "weight \"" + text + "\" is not a positive whole number");
    }

    private static InputException bad(String source, int line, String why) {
        return new InputException(source + ":" + line + ": " + why);
    }

    /** The entry for a lower-cased word; {@link Entry#NEUTRAL} when the lexicon does not know it. */
    Entry lookup(String word) {
        Entry form = forms.get(word);
        if (form != null) {
            return form;
        }
        for (Map.Entry<String, Entry> p : prefixes) {
            if (word.startsWith(p.getKey())) {
                return p.getValue();
            }
        }
        for (Map.Entry<String, Entry> s : suffixes) {
            if (word.endsWith(s.getKey()) && word.length() > s.getKey().length()) {
                return s.getValue();
            }
        }
        return Entry.NEUTRAL;
    }

    /** Number of entries (word forms, stems and endings). */
    int size() {
        return forms.size() + prefixes.size() + suffixes.size();
    }

    private static List<Map.Entry<String, Entry>> byLengthDescending(List<Map.Entry<String, Entry>> entries) {
        List<Map.Entry<String, Entry>> sorted = new ArrayList<>(entries);
        sorted.sort((a, b) -> b.getKey().length() - a.getKey().length());
        return List.copyOf(sorted);
    }
}
