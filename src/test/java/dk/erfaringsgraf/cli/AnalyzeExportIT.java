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
        assertTrue(text.contains("33 echoes between items of different sources written"), text);
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
}
