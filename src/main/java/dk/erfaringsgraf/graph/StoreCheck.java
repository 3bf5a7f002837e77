package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.ingest.Documents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

/**
 * Tells a damaged store from a whole one. Every source's load records, in its own transaction, how many items
 * and relationships it wrote and a SHA-256 of its items' ids and texts; every start compares them with what the
 * store holds, and the analysis record with the ECHOES. A store whose files were truncated or lost reads
 * back items without text, or none, so it is refused with the folder and what to do, rather than answering
 * with part of the corpus. Reading every item's id and text costs about 0.1 s per 10,000 items.
 */
final class StoreCheck {

    private StoreCheck() {
    }

    /** Records the check values of source {@code id}, inside the transaction that loaded it. */
    static void record(TransactionContext tx, String id) {
        Map<String, Object> params = new HashMap<>();
        params.put("id", id);
        Record r = tx.run(CypherFiles.statement("load/source-check"), params).single();
        List<Object> items = r.get("items").asList();
        long itemCount = r.get("itemCount").asLong();
        long relationships = r.get("relationships").asLong();
        tx.run(CypherFiles.statement("load/record-check"), Map.of("id", id, "items", itemCount,
                "relationships", relationships, "digest", digest(items, itemCount, relationships))).consume();
    }

    /**
     * Compares what the store holds with what was loaded into it.
     *
     * @throws GraphException naming the store, what differs and what to do
     */
    static void verify(GraphStore store, String where, String remedy) {
        Map<String, Object> all = new HashMap<>();
        all.put("id", null);
        List<String> problems = new ArrayList<>();
        long recordedItems = 0;
        for (List<Object> row : store.read(CypherFiles.statement("load/source-check"), all).rows()) {
            String id = (String) row.get(0);
            if (id == null || row.get(1) == null) {
                problems.add("a source has lost its id or content hash");
                continue;
            }
            if (row.get(7) == null) {
                continue; // loaded before sources recorded checks: the next load replaces it (new load format)
            }
            long items = (Long) row.get(2);
            long relationships = (Long) row.get(3);
            recordedItems += (Long) row.get(5);
            if (items != (Long) row.get(5) || relationships != (Long) row.get(6)
                    || !digest((List<?>) row.get(4), items, relationships).equals(row.get(7))) {
                problems.add(String.format("source %s holds %d items (%d with id and text) and %d relationships; "
                        + "its load wrote %d items and %d relationships", id, items, ((List<?>) row.get(4)).size(),
                        relationships, (Long) row.get(5), (Long) row.get(6)));
            }
        }
        List<Object> totals = store.read(CypherFiles.statement("load/store-totals"), Map.of()).rows().get(0);
        if (problems.isEmpty() && recordedItems > 0 && (Long) totals.get(0) != recordedItems) {
            problems.add("the store holds " + totals.get(0) + " items; the loads of its sources wrote " + recordedItems);
        }
        if (totals.get(2) != null && !totals.get(1).equals(totals.get(2))) {
            problems.add("the store holds " + totals.get(1) + " ECHOES; the last analysis wrote " + totals.get(2));
        }
        if (!problems.isEmpty()) {
            throw new GraphException("The graph store " + where + " is damaged: " + String.join("; ", problems)
                    + ". " + remedy);
        }
    }

    private static String digest(List<?> items, long itemCount, long relationships) {
        StringBuilder s = new StringBuilder().append(itemCount).append('\n').append(relationships);
        items.forEach(i -> s.append('\n').append(i));
        return Documents.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }
}
