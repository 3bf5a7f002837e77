package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.CorpusFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-file size limit of {@code extract} and {@code load} (issue 11, probe 8): the file is named, the others read. */
class ExtractLimitsTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aFileOverTheLimitIsRefusedByNameAndTheOthersLoad() throws IOException {
        Files.write(dir.resolve("kl.txt"), CorpusFiles.bytes(CorpusFiles.KL));
        Files.writeString(dir.resolve("stor.txt"), "Titel\n\n" + "Det gik godt. ".repeat(80_000)); // 1.1 MB
        assertEquals(ErrorHandler.FAILED, run("extract", "--corpus", dir.toString(), "--max-file-mb", "1"));
        assertEquals(161, out.toString().lines().count(), "KL's items are all written");
        assertTrue(err.toString().contains(dir.resolve("stor.txt") + ": not read, 1.1 MB is over the limit of 1 MB per "
                + "file (--max-file-mb)"), err.toString());
    }

    /**
     * Under the default limit the same file is read: one line of 80,000 sentences of one stance, which took
     * time quadratic in its length while each sentence re-judged the whole run before it (hours at this size;
     * seconds now). The bound is generous: it only catches the quadratic case, it does not time the reader.
     */
    @Test
    void aLongSingleLineOfOneStanceIsReadInLinearTime() throws IOException {
        Files.write(dir.resolve("kl.txt"), CorpusFiles.bytes(CorpusFiles.KL));
        Files.writeString(dir.resolve("stor.txt"), "Titel\n\n" + "Det gik godt. ".repeat(80_000));
        int code = assertTimeoutPreemptively(Duration.ofSeconds(120), () -> run("extract", "--corpus", dir.toString()));
        assertEquals(0, code, err.toString());
        assertEquals(162, out.toString().lines().count(), "KL's 161 items and the long line as one opportunity");
        assertTrue(out.toString().lines().anyMatch(l -> l.contains("\"source\":\"stor\"") && l.contains("\"kind\":\"opportunity\"")));
    }

    @Test
    void aCorpusOfOnlyOversizedFilesSaysWhy() throws IOException {
        Files.writeString(dir.resolve("stor.txt"), "x".repeat(1_100_000));
        assertEquals(ErrorHandler.BAD_INPUT, run("extract", "--corpus", dir.toString(), "--max-file-mb", "1"));
        assertTrue(err.toString().contains("has no report files it can read") && err.toString().contains("stor.txt: not read"),
                err.toString());
    }

    @Test
    void aLimitOutOfRangeIsRefused() {
        assertEquals(ErrorHandler.BAD_INPUT, run("extract", "--max-file-mb", "0"));
        assertEquals("erfaringsgraf: --max-file-mb 0: must be from 1 to 2047 (megabytes)", err.toString().strip());
    }
}
