package dk.erfaringsgraf.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The rows of a console query as plain Java values (as in {@link QueryResult}), at most {@code rowCap}:
 * {@code truncated} says the query had more. The limits it ran under, how long it took (running and
 * streaming, not the checks before) and the query type EXPLAIN reported (always READ_ONLY, or it is refused).
 */
public record ConsoleResult(List<String> columns, List<List<Object>> rows, boolean truncated, int rowCap,
        long timeoutMillis, long elapsedMillis, String queryType) {

    public ConsoleResult {
        columns = List.copyOf(columns);
        rows = rows.stream().map(r -> Collections.unmodifiableList(new ArrayList<>(r))).toList();
    }
}
