package dk.erfaringsgraf.web;

import dk.erfaringsgraf.ingest.CorpusFile;
import dk.erfaringsgraf.ingest.Document;
import dk.erfaringsgraf.ingest.Documents;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/items/{id}/context}: the source text around an item, its own lines marked. The marked range
 * is the item's stored provenance ({@code line..lineTo}, as extraction read it), never re-guessed from the text.
 */
final class ProvenanceApi {

    private final Explorer explorer;
    private final Items items;
    private final Map<String, Document> documents = new ConcurrentHashMap<>();

    ProvenanceApi(Explorer explorer) {
        this.explorer = explorer;
        this.items = new Items(explorer);
    }

    void get(Context ctx) {
        Map<String, Object> item = items.one(ctx.pathParam("id"));
        int around = Params.integer(ctx, "around", 8, 0, 200);
        String file = (String) item.get("file");
        Document doc = document(file);
        int first = number(item, "line");
        int last = number(item, "lineTo");
        if (last > doc.lineCount()) {
            throw ApiException.notFound("id", "Item " + item.get("id") + " ends on line " + last + " but " + file
                    + " has " + doc.lineCount() + " lines: the file changed since it was loaded; run load again");
        }
        int from = Math.max(1, first - around);
        int to = Math.min(doc.lineCount(), last + around);
        List<Line> lines = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            lines.add(new Line(n, doc.line(n)));
        }
        ctx.json(new Passage(item, file, title((String) item.get("source")), item.get("page"), from, to,
                new Range(first, last), lines));
    }

    /**
     * The answer: the item (as {@link Items} gives it), its file, its source's title, its page (PDF renditions
     * only), the lines {@code from..to} shown and the item's own lines {@code hit}.
     */
    record Passage(Map<String, Object> item, String file, String title, Object page, int from, int to, Range hit,
            List<Line> lines) {
    }

    /** A range of lines, both ends included. */
    record Range(int from, int to) {
    }

    /** One line of the source file, numbered from 1. */
    record Line(int n, String text) {
    }

    /** A provenance field; missing only on a graph loaded before items kept their last line. */
    private static int number(Map<String, Object> item, String key) {
        if (!(item.get(key) instanceof Number n)) {
            throw ApiException.notFound("id", "Item " + item.get("id") + " has no '" + key + "' (it was loaded by an "
                    + "older version): run load again");
        }
        return n.intValue();
    }

    private String title(String source) {
        return explorer.sources().stream().filter(s -> source.equals(s.id()))
                .map(Explorer.Source::title).findFirst().orElse(source);
    }

    private Document document(String file) {
        return documents.computeIfAbsent(file, f -> {
            CorpusFile found = explorer.corpus().files().stream().filter(c -> c.name().equals(f)).findFirst()
                    .orElseThrow(() -> ApiException.notFound("id", "The source file " + f + " of this item is not in the "
                            + "corpus the explorer was started with (" + explorer.corpus().origin() + ")"));
            return Documents.read(found.name(), found.bytes(), new ArrayList<>());
        });
    }
}
