package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.Config;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options every command that reads reports shares. */
final class CorpusOptions {

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "Read the reports in DIR (.txt, .md, .pdf, .docx, .html; with its manifest.yaml, if any) instead of the bundled corpus.")
    Path corpus;

    @Option(names = "--codebook", paramLabel = "FILE",
            description = "Code themes and actors with this codebook (YAML) instead of the bundled one.")
    Path codebook;

    Config config() {
        return new Config(corpus, codebook, null);
    }
}
