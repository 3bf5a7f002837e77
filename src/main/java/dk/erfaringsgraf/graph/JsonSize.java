package dk.erfaringsgraf.graph;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * The size in bytes of a plain value ({@link Values#plain}) written as compact JSON, counted without
 * writing it, so the console can stop streaming once the answer would exceed its byte cap. Exact for
 * everything but unusual escapes (a control character counts as its six-byte \\u escape).
 */
final class JsonSize {

    private JsonSize() {
    }

    static long of(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof String s) {
            return string(s);
        }
        if (value instanceof List<?> list) {
            long size = 2 + Math.max(0, list.size() - 1);
            for (Object v : list) {
                size += of(v);
            }
            return size;
        }
        if (value instanceof Map<?, ?> map) {
            long size = 2 + Math.max(0, map.size() - 1);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                size += string(String.valueOf(e.getKey())) + 1 + of(e.getValue());
            }
            return size;
        }
        return String.valueOf(value).length();
    }

    private static long string(String s) {
        long size = 2 + s.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                size++;
            } else if (c < 0x20) {
                size += 5;
            }
        }
        return size;
    }
}
