package dk.erfaringsgraf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.GraphFixture;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** analyze and export on the shared graph, reached over its Bolt port. */
class AnalyzeExportIT {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String command, String... args) {
        List<String> all = new ArrayList<>(List.of(command));
        all.addAll(GraphFixture.get().neo4jOptions());
        all.addAll(List.of(args));
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void analyzePrintsTopThemesActorsOverlapsAndEchoes() {
        assertEquals(0, run("analyze", "--top", "3"));
        String text = out.toString();
        assertTrue(text.contains("themes by PageRank"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("ledelse ")), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("kl-2020 – komdir-2020") && l.contains("0.963")), text);
        assertTrue(text.contains("36 echoes between items of different sources written"), text);
    }

    @Test
    void exportsATableAndAGraphToFiles() throws IOException {
        Path csv = dir.resolve("quotes.csv");
        assertEquals(0, run("export", "--table", "quotes", "--format", "csv", "--out", csv.toString()));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(221, lines.size());
        assertTrue(lines.get(0).startsWith("source,section,file,line,id,person,role,organisation,text"), lines.get(0));
        Path gexf = dir.resolve("temaer.gexf");
        assertEquals(0, run("export", "--graph", "theme", "--format", "gexf", "--out", gexf.toString()));
        assertTrue(Files.readString(gexf).contains("theme:digitalisering"));
    }

    @Test
    void unknownTablesAndFormatsListTheValidOnes() {
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--table", "temaer", "--format", "csv"));
        assertTrue(err.toString().contains("valid tables: theme-source, theme-source-residuals, source-overlap, centrality, echoes, gaps, "
                + "actor-theme, quotes"), err.toString());
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--graph", "theme", "--format", "svg"));
        assertTrue(err.toString().contains("--format svg: unknown (valid: graphml, gexf, dot, json)"), err.toString());
    }

    /** One run writes every table and graph in every format, the REFI-QDA project and an index naming them all. */
    @Test
    void exportAllWritesEveryFileAndAnIndexOfThem() throws IOException {
        Path all = dir.resolve("eksport");
        assertEquals(0, run("export", "--all", all.toString()));
        List<String> written = new ArrayList<>();
        for (String table : List.of("theme-source", "theme-source-residuals", "source-overlap", "centrality", "echoes", "gaps", "actor-theme", "quotes")) {
            for (String format : List.of("csv", "xlsx", "md", "html", "json")) {
                written.add("tables/" + table + "." + format);
            }
        }
        for (String graph : List.of("theme", "actor-cooccurrence", "actor-theme", "source", "full")) {
            for (String format : List.of("graphml", "gexf", "dot", "json")) {
                written.add("graphs/" + graph + "." + format);
            }
        }
        written.add("coding.qdpx");
        String index = Files.readString(all.resolve("README.txt"));
        for (String file : written) {
            assertTrue(Files.size(all.resolve(file)) > 100, file);
            assertTrue(index.lines().anyMatch(l -> l.startsWith(file + " ")), "the index lists " + file);
        }
        try (var files = Files.walk(all)) {
            assertEquals(written.size() + 1, files.filter(Files::isRegularFile).count(), "nothing else");
        }
        assertTrue(index.contains("\n61 files besides this one,"), index);
        assertTrue(err.toString().contains("[61/62] coding.qdpx"), err.toString());
        assertTrue(err.toString().lines().anyMatch(l -> l.startsWith("wrote 62 files (") && l.contains(" MB) to ")),
                err.toString());
        // the same graph again gives the same files
        Path again = dir.resolve("igen");
        assertEquals(0, run("export", "--all", again.toString()));
        for (String file : written) {
            assertEquals(-1L, Files.mismatch(all.resolve(file), again.resolve(file)), file);
        }
    }

    @Test
    void exportsTheCodingAsARefiQdaProject() throws IOException {
        Path qdpx = dir.resolve("kodning.qdpx");
        assertEquals(0, run("export", "--qdpx", qdpx.toString()));
        try (var zip = new java.util.zip.ZipFile(qdpx.toFile())) {
            assertTrue(zip.getEntry("project.qde") != null);
        }
        assertTrue(err.toString().contains("5 report files, "), err.toString());
    }

    @Test
    void badExportOptionsNameTheOption() throws IOException {
        Path file = Files.writeString(dir.resolve("en-fil.txt"), "x");
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--all", file.toString()));
        assertTrue(err.toString().contains("--all " + file + ": is a file, not a folder"), err.toString());
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--all", dir.toString(), "--format", "csv"));
        assertTrue(err.toString().contains("--format does not go with --all"), err.toString());
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--graph", "actor", "--format", "gexf"));
        assertTrue(err.toString().contains("--graph actor: ambiguous, use actor-cooccurrence"), err.toString());
        assertEquals(ErrorHandler.BAD_INPUT, run("export", "--table", "quotes"));
        assertTrue(err.toString().contains("--format is required with --table"), err.toString());
    }
}
