package dk.erfaringsgraf.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportIndexTest {

    @Test
    void theIndexListsEveryFileWithItsSizeUnderItsFolderAndATotal() {
        String index = ExportIndex.text(List.of(
                new ExportFolder.ExportedFile("tables/quotes.csv", 74_012, "Citater / Quotes — CSV"),
                new ExportFolder.ExportedFile("graphs/theme.graphml", 512, "Theme co-occurrence — GraphML"),
                new ExportFolder.ExportedFile("coding.qdpx", 1_926_000, "REFI-QDA project")));
        assertTrue(index.contains("\ntables/\n-------\ntables/quote"), index);
        assertTrue(index.lines().anyMatch(l -> l.matches("tables/quotes\\.csv +74\\.0 kB  Citater / Quotes — CSV")), index);
        assertTrue(index.lines().anyMatch(l -> l.matches("graphs/theme\\.graphml +512 B  Theme co-occurrence — GraphML")), index);
        assertTrue(index.contains("\nProject\n-------\ncoding.qdpx "), index);
        assertTrue(index.lines().anyMatch(l -> l.matches("coding\\.qdpx +1\\.9 MB  REFI-QDA project")), index);
        assertTrue(index.endsWith("\n3 files besides this one, 2.0 MB in all.\n"), index);
        assertEquals(false, index.contains("\n\n\n"), "one blank line between sections");
    }

    @Test
    void aFolderThatIsAFileIsRefusedNamingTheOption(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("x.txt"), "x");
        InputException e = assertThrows(InputException.class, () -> ExportFolder.prepare(file));
        assertEquals("--all " + file + ": is a file, not a folder", e.getMessage());
        ExportFolder.prepare(dir.resolve("ny/eksport"));
        assertTrue(Files.isDirectory(dir.resolve("ny/eksport/tables")) && Files.isDirectory(dir.resolve("ny/eksport/graphs")));
    }
}
