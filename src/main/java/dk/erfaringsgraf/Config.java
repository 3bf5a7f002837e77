package dk.erfaringsgraf;

import dk.erfaringsgraf.ingest.InputException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one immutable configuration, read once from the command line, validated at start.
 *
 * @param corpus a folder of reports, or null for the bundled corpus
 * @param codebook a codebook file, or null for the bundled codebook
 */
public record Config(Path corpus, Path codebook) {

    public Config {
        if (corpus != null && !Files.isDirectory(corpus)) {
            throw new InputException("--corpus " + corpus + ": no such folder");
        }
        if (codebook != null && !Files.isRegularFile(codebook)) {
            throw new InputException("--codebook " + codebook + ": no such file");
        }
    }

    public static Config defaults() {
        return new Config(null, null);
    }
}
