package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a console query as plain Java values (as in {@link QueryResult}), at most {@code rowCap} of
 * them and at most {@code byteCap} bytes of them as JSON: {@code truncated} says the query had more, and
 * {@code cutBy} which cap stopped it ("rows" or "bytes", null when nothing was cut). {@code bytes} is the JSON
 * size of the rows kept. The limits it ran under, how long it took (running and streaming, not the checks
 * before) and the query type EXPLAIN reported (always READ_ONLY, or it is refused).
 */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated, int rowCap,
        long timeoutMillis, long elapsedMillis, String queryType, long byteCap, long bytes, String cutBy) {

    public ConsoleResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
