package dk.erfaringsgraf.graph;

import dk.erfaringsgraf.coding.Codebook;
import dk.erfaringsgraf.extract.Rendition;
import dk.erfaringsgraf.ingest.Documents;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.neo4j.driver.TransactionContext;

/**
 * Loads sources into the graph: batched {@code UNWIND} writes with parameters, one transaction per source
 * (a source is either wholly its old or wholly its new version, also after a kill), skipping sources whose
 * content hash (rendition files, codebook and load format) is unchanged, so loading twice changes nothing.
 */
public final class GraphLoader {

    /**
     * Bumped when the graph shape of a source changes, so that old loads are replaced (2: items carry
     * {@code lineTo} and {@code page}; 3: items carry {@code kindBy}, questions are their own kind; 4: MENTIONS
     * carry {@code by}, and items also mention the actors their section title names; 5: sources record the
     * counts and digest {@link StoreCheck} compares at every start).
     */
    static final String LOAD_FORMAT = "5";

    private final GraphStore store;
    private final Consumer<String> progress;

    public GraphLoader(GraphStore store, Consumer<String> progress) {
        this.store = store;
        this.progress = progress;
    }

    /**
     * Loads {@code sources}; with {@code prune}, removes sources the graph has that the corpus no longer does
     * (otherwise they are reported as stale).
     */
    public LoadReport load(List<SourceGraph> sources, Codebook codebook, boolean prune) {
        store.write(tx -> upsertCodebook(tx, codebook));
        List<String> before = store.readFile("load/source-ids", Map.of()).rows().stream()
                .map(r -> (String) r.get(0)).toList();
        List<String> loaded = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        String codebookHash = Documents.sha256(codebook.toString().getBytes(StandardCharsets.UTF_8));
        for (SourceGraph source : sources) {
            String hash = contentHash(source, codebookHash);
            if (hash.equals(storedHash(source.id()))) {
                unchanged.add(source.id());
                progress.accept(String.format("%-16s unchanged, skipped", source.id()));
            } else {
                loadSource(source, hash);
                loaded.add(source.id());
            }
        }
        List<String> gone = before.stream().filter(id -> sources.stream().noneMatch(s -> s.id().equals(id))).toList();
        if (prune) {
            gone.forEach(id -> store.write(tx -> delete(tx, id)));
        }
        return report(loaded, unchanged, prune ? gone : List.of(), prune ? List.of() : gone);
    }

    /**
     * Whether the graph already holds exactly these files with this codebook: every corpus file is a
     * rendition of a loaded source and every source's content hash, recomputed from the files' current bytes,
     * is the one it was loaded with. Lets {@code serve} skip extraction when nothing changed.
     *
     * @param fileHashes corpus file name → SHA-256 of its bytes
     */
    public boolean upToDate(Map<String, String> fileHashes, Codebook codebook) {
        String codebookHash = Documents.sha256(codebook.toString().getBytes(StandardCharsets.UTF_8));
        List<List<Object>> rows = store.readFile("load/source-renditions", Map.of()).rows();
        Set<String> covered = new HashSet<>();
        for (List<Object> row : rows) {
            List<String> hashes = new ArrayList<>();
            for (Object file : (List<?>) row.get(1)) {
                if (!fileHashes.containsKey((String) file)) {
                    return false;
                }
                covered.add((String) file);
                hashes.add(fileHashes.get((String) file));
            }
            if (!contentHash(hashes, codebookHash).equals(row.get(2))) {
                return false;
            }
        }
        return !rows.isEmpty() && covered.equals(fileHashes.keySet());
    }

    private void loadSource(SourceGraph source, String hash) {
        long start = System.nanoTime();
        SourceParams p = new SourceParams(source, hash);
        store.write(tx -> {
            delete(tx, source.id());
            run(tx, "load/create-source", Map.of("source", p.source, "sections", p.sections));
            run(tx, "load/create-items", Map.of("items", p.items));
            run(tx, "load/about", Map.of("about", p.about));
            run(tx, "load/mentions", Map.of("mentions", p.mentions));
            run(tx, "load/said-by", Map.of("speakers", p.speakers));
            run(tx, "load/addresses", Map.of("links", p.links));
            StoreCheck.record(tx, source.id());
            return null;
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.accept(String.format("%-16s loaded %4d items, %4d theme links, %3d ADDRESSES in %.2f s (%.0f items/s)",
                source.id(), p.items.size(), p.about.size(), p.links.size(), seconds, p.items.size() / seconds));
    }

    private static Void delete(TransactionContext tx, String id) {
        run(tx, "load/delete-source", Map.of("id", id));
        for (String statement : CypherFiles.statements("load/delete-orphans")) {
            tx.run(statement).consume();
        }
        return null;
    }

    private static Void upsertCodebook(TransactionContext tx, Codebook codebook) {
        List<Map<String, Object>> themes = codebook.themes().stream().map(t -> Map.<String, Object>of(
                "id", t.id(), "name", t.name(), "nameEn", t.nameEn(), "description", t.description())).toList();
        List<Map<String, Object>> actors = codebook.actors().stream().map(a -> Map.<String, Object>of(
                "id", a.id(), "name", a.name(), "nameEn", a.nameEn(), "kind", a.kind().label())).toList();
        run(tx, "load/themes", Map.of("themes", themes));
        run(tx, "load/actors", Map.of("actors", actors));
        return null;
    }

    private static void run(TransactionContext tx, String file, Map<String, Object> params) {
        tx.run(CypherFiles.statement(file), params).consume();
    }

    private String storedHash(String id) {
        List<List<Object>> rows = store.readFile("load/source-hash", Map.of("id", id)).rows();
        return rows.isEmpty() ? null : (String) rows.get(0).get(0);
    }

    static String contentHash(SourceGraph source, String codebookHash) {
        return contentHash(source.extraction().renditions().stream().map(Rendition::sha256).toList(), codebookHash);
    }

    private static String contentHash(List<String> renditionHashes, String codebookHash) {
        StringBuilder s = new StringBuilder(LOAD_FORMAT).append('|').append(codebookHash);
        renditionHashes.stream().sorted().forEach(h -> s.append('|').append(h));
        return Documents.sha256(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private LoadReport report(List<String> loaded, List<String> unchanged, List<String> removed, List<String> stale) {
        Map<String, Long> nodes = new TreeMap<>();
        Map<String, Long> relationships = new TreeMap<>();
        for (List<Object> row : store.readFile("load/counts", Map.of()).rows()) {
            ("node".equals(row.get(0)) ? nodes : relationships).put((String) row.get(1), (Long) row.get(2));
        }
        return new LoadReport(loaded, unchanged, removed, stale, nodes, relationships);
    }
}
