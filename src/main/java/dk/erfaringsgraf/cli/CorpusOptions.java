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

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "50",
            description = "Skip (and list as failed) report files larger than this, so one huge file cannot take "
                    + "the memory of the others (default: ${DEFAULT-VALUE}).")
    int maxFileMb;

    Config config() {
        return new Config(corpus, codebook, null, maxFileMb);
    }
}
