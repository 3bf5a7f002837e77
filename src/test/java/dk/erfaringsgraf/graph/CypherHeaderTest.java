package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The one reader of the Cypher file header, on headers written here and on every file of the library. */
class CypherHeaderTest {

    private static final String FILE = "cypher/queries/x.cypher";

    private static String text(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    private static String error(String text) {
        return assertThrows(IllegalArgumentException.class, () -> CypherHeader.parse(FILE, text)).getMessage();
    }

    @Test
    void readsTitlesParametersNotesColumnsAndCypher() {
        CypherHeader h = CypherHeader.parse(FILE, text(
                "// Hvilke temaer? / Which themes?",
                "// Parameters: $theme – theme id (hjemmearbejde)",
                "// Parameters: $share – least share (0.5)",
                "// Parameters: $min – least items, no example",
                "// da: Én række pr. tema;",
                "// nul hvor intet siges.",
                "// en: One row per theme;",
                "//   zeros where nothing is said.",
                "// Column: theme (string) – theme id",
                "// Column: items (int)",
                "MATCH (t:Theme {id: $theme})",
                "// a comment inside the query",
                "RETURN t.id AS theme ORDER BY theme"));
        assertEquals("Hvilke temaer?", h.titleDa());
        assertEquals("Which themes?", h.titleEn());
        assertEquals("Hvilke temaer? / Which themes?", h.title());
        assertEquals(List.of(new CypherHeader.Param("theme", "theme id", "hjemmearbejde"),
                new CypherHeader.Param("share", "least share", "0.5"),
                new CypherHeader.Param("min", "least items, no example", null)), h.params());
        assertEquals(0.5, h.params().get(1).exampleValue());
        assertNull(h.params().get(2).exampleValue());
        assertEquals("Én række pr. tema; nul hvor intet siges.", h.noteDa());
        assertEquals("One row per theme; zeros where nothing is said.", h.noteEn());
        assertEquals(List.of(new CypherHeader.Column("theme", "string", "theme id"),
                new CypherHeader.Column("items", "int", null)), h.columns());
        assertEquals("MATCH (t:Theme {id: $theme})\nRETURN t.id AS theme ORDER BY theme", h.cypher());
    }

    @Test
    void untaggedNotesAreEnglishAndWholeNumbersAreLongs() {
        CypherHeader h = CypherHeader.parse(FILE, text("// Par / Pairs", "// Parameters: $minItems – least (10)",
                "// Each pair once.", "MATCH (n) RETURN n ORDER BY n"));
        assertEquals("", h.noteDa());
        assertEquals("Each pair once.", h.noteEn());
        assertEquals(10L, h.params().get(0).exampleValue());
        assertEquals(List.of(), CypherHeader.parse(FILE, text("// A / B", "// Parameters: none", "RETURN 1")).params());
    }

    @Test
    void aMalformedHeaderNamesTheFileAndLine() {
        assertEquals(FILE + ":1: the first line is not '// <Danish title> / <English title>'",
                error(text("// Which themes?", "// Parameters: none", "RETURN 1")));
        assertEquals(FILE + ":1: the first line is not '// <Danish title> / <English title>'", error(""));
        assertEquals(FILE + ":2: the second line is neither '// Parameters: none' nor"
                + " '// Parameters: $name – meaning (example)'", error(text("// A / B", "RETURN 1")));
        assertEquals(FILE + ":3: not '// Parameters: $name – meaning (example)'",
                error(text("// A / B", "// Parameters: $a – first (1)", "// Parameters: b - second", "RETURN $a")));
        assertEquals(FILE + ":4: not '// Column: name (string|int|double) – meaning'",
                error(text("// A / B", "// Parameters: none", "// en: note", "// Column: n (number) – n", "RETURN 1")));
        assertEquals(FILE + ":5: a second '// da:' note; continue the first on plain // lines",
                error(text("// A / B", "// Parameters: none", "// da: et", "// en: one", "// da: to", "RETURN 1")));
        assertEquals(FILE + ":4: parameters belong right under the title",
                error(text("// A / B", "// Parameters: none", "// en: note", "// Parameters: $a – a (1)", "RETURN $a")));
        assertEquals(FILE + ":3: there is no Cypher after the header", error(text("// A / B", "// Parameters: none",
                "// en: only a note")));
    }

    /** Every library query has its question and a note in both languages, so the console can follow the page. */
    @Test
    void everyLibraryQueryHasBothNotes() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("cypher", "queries"))) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString().replace(".cypher", "");
                CypherHeader h = CypherHeader.load("queries/" + name);
                assertFalse(h.noteDa().isEmpty(), name);
                assertFalse(h.noteEn().isEmpty(), name);
                assertFalse(h.noteDa().equals(h.noteEn()), name);
            }
        }
        CypherHeader actorItems = CypherHeader.load("queries/actor-items");
        assertEquals("Udsagn og citater, der nævner aktøren; by siger hvordan: 'text' (udsagnets egne ord nævner den)"
                + " eller 'section' (kun titlen på afsnittet, det står i, gør, fx Sorøs »Jobbanken – udsendte"
                + " medarbejdere«). speaker er den citerede person, ellers rollen, for citater, der angiver en.",
                actorItems.noteDa());
        assertEquals("corona-gruppe", actorItems.params().get(0).example());
    }
}
