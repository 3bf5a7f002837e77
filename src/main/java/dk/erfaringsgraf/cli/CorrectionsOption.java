package dk.erfaringsgraf.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the corrections people made are kept, for the commands that apply them (load, analyze, serve). */
final class CorrectionsOption {

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "The corrections file (JSON Lines, one correction a line; made in the page or the API, applied "
                    + "after every load and analysis). Default: corrections.jsonl in --data-dir; with --neo4j there "
                    + "are no corrections unless this is given.")
    Path file;
}
