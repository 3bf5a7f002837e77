package dk.erfaringsgraf.cli;

import dk.erfaringsgraf.App;
import dk.erfaringsgraf.coding.Item;
import dk.erfaringsgraf.extract.Extraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code extract}: reads the corpus, writes coded items as JSON Lines and prints a summary. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Extracts coded findings and quotes from every report as JSON Lines.",
            "",
            "Reads every report of the corpus, finds its structure (chapters, opportunities, challenges, "
                    + "recommendations, questions, observations, interview quotes and who said them, each with why "
                    + "it has its kind), codes each item with themes and actors, and writes one JSON object per item.",
            "",
            "A summary (items per source and kind, line coverage per file, merged renditions, people printed "
                    + "two ways, warnings) goes to "
                    + "stdout when --out is given, otherwise to stderr.",
            "",
            "Exit code 0: all files read; 1: some file failed (the others are still written); 2: bad input such "
                    + "as a missing folder or a broken codebook."},
        footer = {"", "Examples:",
            "  java -jar target/erfaringsgraf.jar extract --out items.jsonl",
            "  java -jar target/erfaringsgraf.jar extract --corpus my-reports/ --codebook my-codebook.yaml > items.jsonl"})
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusOptions corpus;

    @Option(names = "--out", paramLabel = "FILE.jsonl",
            description = "Write the items here instead of to stdout (the folder must exist).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        App app = new App(corpus.config());
        Extraction.Result result = app.extract(line -> err.println("read " + line));
        List<Item> items = app.code(result);
        PrintWriter summary = out == null ? err : spec.commandLine().getOut();
        if (out == null) {
            JsonLines.write(items, spec.commandLine().getOut());
        } else {
            writeFile(items);
        }
        Summary.print(result, items, summary);
        if (out != null) {
            summary.printf("%nwrote %d items to %s%n", items.size(), out);
            summary.flush();
        }
        return result.failures().isEmpty() ? 0 : ErrorHandler.FAILED;
    }

    private void writeFile(List<Item> items) {
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            JsonLines.write(items, w);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + out + ": " + e.getMessage(), e);
        }
    }
}
