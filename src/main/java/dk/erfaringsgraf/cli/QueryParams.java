package dk.erfaringsgraf.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dk.erfaringsgraf.ingest.InputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code --param name=value} options of the {@code query} command as Cypher parameters. A value is typed
 * the way a Cypher literal would be: {@code 4} is a Long, {@code 0.75} and {@code 1e3} Doubles, {@code true}
 * and {@code false} Booleans, {@code null} null, {@code ["a", 2]} a List (JSON); {@code "…"} is the text
 * between the quotes verbatim (to pass {@code "4"} as a string), and anything else is the text as typed
 * ({@code møde}, {@code 2020-03-11}, and {@code 0800}, whose leading zero a number would lose).
 */
final class QueryParams {

    /** A Cypher parameter name: a letter or underscore, then letters, digits and underscores. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_]*");
    private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private QueryParams() {
    }

    /**
     * The parameters in the order given.
     *
     * @param specs the {@code name=value} texts, one per {@code --param}; a leading {@code $} on the name is
     *              allowed, as Cypher writes it; null (picocli's value when the option is absent) is none
     * @return an unmodifiable map (values may be null)
     * @throws InputException naming the {@code --param} whose text, name or value is bad, or repeats a name
     */
    static Map<String, Object> parse(List<String> specs) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (String spec : specs == null ? List.<String>of() : specs) {
            int equals = spec.indexOf('=');
            String name = name(spec, equals);
            if (params.containsKey(name)) {
                throw bad(spec, "duplicate name '" + name + "' (given twice)");
            }
            params.put(name, value(spec, spec.substring(equals + 1)));
        }
        return Collections.unmodifiableMap(params);
    }

    private static String name(String spec, int equals) {
        if (equals <= 0) {
            throw bad(spec, "expected name=value");
        }
        String name = spec.substring(spec.startsWith("$") ? 1 : 0, equals);
        if (!NAME.matcher(name).matches()) {
            throw bad(spec, "invalid name '" + name + "' (a letter or _, then letters, digits or _)");
        }
        return name;
    }

    /** Cypher's literals true, false and null ignore case, so these do too. */
    private static Object value(String spec, String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            default -> typed(spec, text);
        };
    }

    private static Object typed(String spec, String text) {
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        if (INTEGER.matcher(text).matches()) {
            return integer(spec, new BigInteger(text));
        }
        if (DECIMAL.matcher(text).matches()) {
            return decimal(spec, Double.valueOf(text));
        }
        if (text.startsWith("[") && text.endsWith("]")) {
            return list(spec, text);
        }
        return text;
    }

    private static Long integer(String spec, BigInteger value) {
        if (value.bitLength() >= Long.SIZE) {
            throw bad(spec, "integer out of range (at most " + Long.MAX_VALUE + "; quote it for a string)");
        }
        return value.longValue();
    }

    private static Double decimal(String spec, Double value) {
        if (value.isInfinite()) {
            throw bad(spec, "number out of range (quote it for a string)");
        }
        return value;
    }

    private static List<?> list(String spec, String text) {
        List<Object> list;
        try {
            list = JSON.readValue(text, new TypeReference<List<Object>>() { });
        } catch (JsonProcessingException e) {
            throw new InputException("--param " + spec + ": not a JSON array (strings need double quotes): "
                    + e.getOriginalMessage(), e);
        }
        return (List<?>) longs(spec, list);
    }

    /** Jackson reads integers as Integer, Long or BigInteger; Cypher has only 64-bit integers. */
    private static Object longs(String spec, Object value) {
        if (value instanceof Integer small) {
            return small.longValue();
        }
        if (value instanceof BigInteger big) {
            return integer(spec, big);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(element -> copy.add(longs(spec, element)));
            return Collections.unmodifiableList(copy);
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, element) -> copy.put(key, longs(spec, element)));
            return Collections.unmodifiableMap(copy);
        }
        return value;
    }

    private static InputException bad(String spec, String problem) {
        return new InputException("--param " + spec + ": " + problem);
    }
}
