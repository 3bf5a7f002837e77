package dk.erfaringsgraf;

import dk.erfaringsgraf.coding.Coder;
import dk.erfaringsgraf.coding.Codebook;
import dk.erfaringsgraf.coding.CodebookLoader;
import dk.erfaringsgraf.coding.Coding;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.Extraction;
import dk.erfaringsgraf.extract.RawItem;
import dk.erfaringsgraf.extract.SourceExtraction;
import dk.erfaringsgraf.extract.SourcedItem;
import dk.erfaringsgraf.extract.Templates;
import dk.erfaringsgraf.ingest.Corpus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The one place that wires configuration and the pipeline stages together. */
public final class App {

    private final Config config;

    public App(Config config) {
        this.config = config;
    }

    public Corpus corpus() {
        return config.corpus() == null ? Corpus.bundled() : Corpus.directory(config.corpus());
    }

    public Codebook codebook() {
        return CodebookLoader.loadOrDefault(config.codebook());
    }

    /** Reads and structures every report; {@code progress} gets one line per file. */
    public Extraction.Result extract(Consumer<String> progress) {
        return new Extraction(Templates.standard(), progress).run(corpus());
    }

    /** Codes every extracted item with the configured codebook. */
    public List<Item> code(Extraction.Result result) {
        Coder coder = new Coder(codebook());
        List<Item> items = new ArrayList<>();
        for (SourceExtraction source : result.sources()) {
            for (SourcedItem sourced : source.items()) {
                RawItem raw = sourced.item();
                Coding coding = coder.code(raw.section(), raw.text());
                items.add(new Item(source.id(), sourced.file(), raw.section(), raw.kind(), raw.text(), raw.speaker(),
                        coding.themes(), coding.actors(), raw.line()));
            }
        }
        return items;
    }
}
