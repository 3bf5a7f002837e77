package dk.erfaringsgraf.cli;

import java.text.BreakIterator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One query value as one line of table text: nested values compact ({@code [a, b]}, {@code {k: v}}, nodes as
 * {@code (:Theme {id: ledelse, name: Ledelse})}, relationships as {@code [:TYPE {k: v}]}), null as {@link #NONE},
 * line breaks folded, and capped at {@link #MAX_WIDTH} characters as a reader sees them (grapheme clusters, so a
 * decomposed "Å" counts once).
 */
final class CellText {

    static final int MAX_WIDTH = 60;
    static final String ELLIPSIS = "…";
    /** A missing value (a quote without speaker): a dash reads as "none" where "null" reads as a name. */
    static final String NONE = "—";

    /** The properties that identify a node to a reader; its other properties (long texts, counts) are left out. */
    private static final List<String> NODE_KEYS = List.of("id", "name", "title", "text");
    private static final Pattern BREAKS = Pattern.compile("[\\p{Cc}\\u2028\\u2029]+");

    private CellText() {
    }

    /** The table text of a value: compact, on one line, at most {@link #MAX_WIDTH} wide. */
    static String of(Object value) {
        return cap(BREAKS.matcher(compact(value)).replaceAll(" "));
    }

    /** The compact text of a value, without folding or capping. */
    static String compact(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(CellText::compact).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map(map);
        }
        return value == null ? NONE : String.valueOf(value);
    }

    private static String map(Map<?, ?> map) {
        if (map.get("_labels") instanceof List<?> labels) {
            String names = labels.stream().map(label -> ":" + label).collect(Collectors.joining());
            return "(" + spaced(names, properties(nodeProperties(map))) + ")";
        }
        if (map.get("_type") != null) {
            return "[" + spaced(":" + map.get("_type"), properties(withoutMeta(map))) + "]";
        }
        String properties = properties(withoutMeta(map));
        return properties.isEmpty() ? "{}" : properties;
    }

    private static List<Map.Entry<String, Object>> nodeProperties(Map<?, ?> map) {
        List<Map.Entry<String, Object>> identifying = withoutMeta(map).stream()
                .filter(entry -> NODE_KEYS.contains(entry.getKey()))
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(NODE_KEYS::indexOf)))
                .toList();
        return identifying.isEmpty() ? withoutMeta(map) : identifying;
    }

    private static List<Map.Entry<String, Object>> withoutMeta(Map<?, ?> map) {
        return PlainValues.entries(map).stream().filter(entry -> !entry.getKey().startsWith("_")).toList();
    }

    private static String properties(List<Map.Entry<String, Object>> entries) {
        if (entries.isEmpty()) {
            return "";
        }
        return entries.stream().map(entry -> entry.getKey() + ": " + compact(entry.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String spaced(String first, String second) {
        return first.isEmpty() || second.isEmpty() ? first + second : first + " " + second;
    }

    /** The text cut to {@link #MAX_WIDTH} characters, the last one "…", when it is wider. */
    static String cap(String text) {
        if (text.length() <= MAX_WIDTH) {
            return text; // a grapheme is at least one char, so it fits
        }
        BreakIterator graphemes = graphemes(text);
        int cut = graphemes.next(MAX_WIDTH - 1);
        if (cut == BreakIterator.DONE || graphemes.next(2) == BreakIterator.DONE) {
            return text;
        }
        return text.substring(0, cut) + ELLIPSIS;
    }

    /** The number of characters a reader sees (grapheme clusters). */
    static int width(String text) {
        BreakIterator graphemes = graphemes(text);
        int count = 0;
        while (graphemes.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    private static BreakIterator graphemes(String text) {
        BreakIterator iterator = BreakIterator.getCharacterInstance(Locale.ROOT);
        iterator.setText(text);
        return iterator;
    }
}
