package dk.erfaringsgraf;

import dk.erfaringsgraf.graph.StoreConfig;
import dk.erfaringsgraf.ingest.Corpus;
import dk.erfaringsgraf.ingest.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one immutable configuration, read once from the command line (and NEO4J_* environment variables
 * for an external store), validated at start.
 *
 * @param corpus a folder of reports, or null for the bundled corpus
 * @param codebook a codebook file, or null for the bundled codebook
 * @param store where the graph lives (embedded by default)
 * @param maxFileMb the largest report file of a corpus folder that is read, in megabytes
 * @param corrections the corrections file, or null for {@code <data-dir>/corrections.jsonl} (none with a server URI)
 */
public record Config(Path corpus, Path codebook, StoreConfig store, int maxFileMb, Path corrections) {

    public Config(Path corpus, Path codebook, StoreConfig store) {
        this(corpus, codebook, store, Corpus.DEFAULT_MAX_FILE_MB);
    }

    public Config(Path corpus, Path codebook, StoreConfig store, int maxFileMb) {
        this(corpus, codebook, store, maxFileMb, null);
    }

    public Config {
        if (maxFileMb < 1 || maxFileMb > 2047) {
            throw new InputException("--max-file-mb " + maxFileMb + ": must be from 1 to 2047 (megabytes)");
        }
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new InputException("--corpus " + corpus + ": no such folder");
        }
        if (codebook != null && !Files.isRegularFile(codebook)) {
            throw new InputException("--codebook " + codebook + ": no such file");
        }
        if (store == null) {
            store = new StoreConfig(StoreConfig.DEFAULT_DATA_DIR, StoreConfig.DEFAULT_BOLT_PORT, null, null, null, null);
        }
        if (corrections != null && Files.isDirectory(corrections)) {
            throw new InputException("--corrections " + corrections + ": is a folder, not a file");
        }
        if (store.boltPort() < 1 || store.boltPort() > 65535) {
            throw new InputException("--bolt-port " + store.boltPort() + ": must be a port number from 1 to 65535");
        }
    }

    public static Config defaults() {
        return new Config(null, null, null);
    }

    public Config withStore(StoreConfig newStore) {
        return new Config(corpus, codebook, newStore, maxFileMb, corrections);
    }

    public Config withCorrections(Path file) {
        return new Config(corpus, codebook, store, maxFileMb, file);
    }

    /** The corrections file: --corrections, else corrections.jsonl in the embedded store's folder, else none. */
    public java.util.Optional<Path> correctionsFile() {
        if (corrections != null) {
            return java.util.Optional.of(corrections);
        }
        return store.embedded() ? java.util.Optional.of(store.dataDir().resolve("corrections.jsonl"))
                : java.util.Optional.empty();
    }
}
