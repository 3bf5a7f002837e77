package dk.erfaringsgraf.cli;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Query values made ready for JSON: map keys in a stable order, and any unexpected type as its text. */
final class PlainValues {

    /**
     * Meta keys ({@code _labels}, {@code _type}) first, then the rest by name: the driver's maps have no stable
     * order, and output that changes from run to run cannot be diffed or tested.
     */
    static final Comparator<String> KEY_ORDER = Comparator.comparing((String key) -> !key.startsWith("_"))
            .thenComparing(Comparator.naturalOrder());

    private PlainValues() {
    }

    /** The value with lists copied, maps re-ordered by {@link #KEY_ORDER}, and unknown types as strings. */
    static Object plain(Object value) {
        if (value == null || value instanceof String || value instanceof Boolean || value instanceof Number) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(plain(element)));
            return copy;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            entries(map).forEach(entry -> copy.put(entry.getKey(), plain(entry.getValue())));
            return copy;
        }
        return value.toString();
    }

    /** The map's entries with string keys, in {@link #KEY_ORDER}. */
    static List<Map.Entry<String, Object>> entries(Map<?, ?> map) {
        List<Map.Entry<String, Object>> entries = new ArrayList<>(map.size());
        map.forEach((key, value) -> entries.add(new AbstractMap.SimpleImmutableEntry<>(
                String.valueOf(key), value)));
        entries.sort(Map.Entry.comparingByKey(KEY_ORDER));
        return entries;
    }
}
