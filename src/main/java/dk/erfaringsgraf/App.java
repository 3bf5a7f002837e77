package dk.erfaringsgraf;

import dk.erfaringsgraf.analysis.Analysis;
import dk.erfaringsgraf.coding.Coder;
import dk.erfaringsgraf.coding.Codebook;
import dk.erfaringsgraf.coding.CodebookLoader;
import dk.erfaringsgraf.coding.Coding;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.coding.ThemeHit;
import dk.erfaringsgraf.curation.ApplyReport;
import dk.erfaringsgraf.curation.Curation;
import dk.erfaringsgraf.extract.Extraction;
import dk.erfaringsgraf.extract.RawItem;
import dk.erfaringsgraf.extract.SourceExtraction;
import dk.erfaringsgraf.extract.SourcedItem;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.graph.GraphLoader;
import dk.erfaringsgraf.graph.GraphStore;
import dk.erfaringsgraf.graph.LoadReport;
import dk.erfaringsgraf.graph.SourceGraph;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.Documents;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/** The one place that wires configuration and the pipeline stages together. */
public final class App {

    private final Config config;
    // Read once per command (serve checks, loads and serves from the same files), not once per stage.
    private Corpus corpus;
    private Codebook codebook;

    public App(Config config) {
        this.config = config;
    }

    /** The configured corpus, read on first use. */
    public Corpus corpus() {
        if (corpus == null) {
            corpus = config.corpus() == null ? Corpus.bundled() : Corpus.directory(config.corpus(), config.maxFileMb());
        }
        return corpus;
    }

    /** The configured codebook, read on first use. */
    public Codebook codebook() {
        if (codebook == null) {
            codebook = CodebookLoader.loadOrDefault(config.codebook());
        }
        return codebook;
    }

    /** Reads and structures every report; {@code progress} gets one line per file. */
    public Extraction.Result extract(Consumer<String> progress) {
        return new Extraction(Templates.standard(), progress).run(corpus());
    }

    /** Opens the configured graph store (starting embedded Neo4j unless a server URI is configured). */
    public GraphStore openStore() {
        return GraphStore.open(config.store());
    }

    /** Extracts, codes and loads the corpus into {@code store}. */
    public LoadReport load(GraphStore store, boolean prune, Consumer<String> progress) {
        Extraction.Result result = extract(progress);
        if (!result.failures().isEmpty()) {
            result.failures().forEach(f -> progress.accept("FAILED: " + f));
        }
        List<Item> items = code(result);
        List<SourceGraph> sources = result.sources().stream()
                .map(s -> new SourceGraph(s, items.stream().filter(i -> i.source().equals(s.id())).toList()))
                .toList();
        return new GraphLoader(store, progress).load(sources, codebook(), prune);
    }

    /** The corrections of {@code store} (none with a server URI and no --corrections). */
    public Optional<Curation> curation(GraphStore store, boolean readOnly) {
        return config.correctionsFile().map(file -> new Curation(file, store, readOnly));
    }

    /** Applies the corrections in force to the graph as loaded; empty when there is no corrections file to read. */
    public Optional<ApplyReport> applyCorrections(GraphStore store) {
        return curation(store, true).map(Curation::apply);
    }

    /** Runs the analysis, then applies the corrections in force again (echo decisions survive the new echoes). */
    public Analysis.Result analyze(GraphStore store, Consumer<String> progress) {
        Analysis.Result result = new Analysis(store).run();
        curation(store, true).map(Curation::afterAnalysis).ifPresent(r -> progress.accept(r.describe(config.correctionsFile().orElseThrow())));
        return result;
    }

    /** Whether {@code store} already holds this corpus and codebook, judged by file hashes without extracting. */
    public boolean upToDate(GraphStore store) {
        Map<String, String> hashes = new TreeMap<>();
        corpus().files().forEach(f -> hashes.put(f.name(), Documents.sha256(f.bytes())));
        return new GraphLoader(store, line -> { }).upToDate(hashes, codebook());
    }

    /** Codes every extracted item with the configured codebook. */
    public List<Item> code(Extraction.Result result) {
        Coder coder = new Coder(codebook());
        List<Item> items = new ArrayList<>();
        for (SourceExtraction source : result.sources()) {
            for (SourcedItem sourced : source.items()) {
                RawItem raw = sourced.item();
                List<ThemeHit> hits = coder.themeHits(raw.section(), raw.text());
                Coding coding = Coding.of(hits, coder.actorHits(raw.section(), raw.text()));
                items.add(Item.coded(source.id(), sourced.file(), raw, coding, hits));
            }
        }
        return items;
    }
}
