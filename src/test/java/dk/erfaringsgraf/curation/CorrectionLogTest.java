package dk.erfaringsgraf.curation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dk.erfaringsgraf.ingest.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corrections file: appended line by line, undo as a line of its own, malformed lines named by number. */
class CorrectionLogTest {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;

    private static Correction kind(String item, String before, String after) {
        return Correction.now("Anna", What.KIND, Target.item(item), NODES.textNode(before), NODES.textNode(after));
    }

    @Test
    void appendsOneLinePerCorrectionAndReadsThemBackInOrder() throws IOException {
        CorrectionLog log = new CorrectionLog(dir.resolve("sub/corrections.jsonl"));
        assertEquals(List.of(), log.all(), "no file yet: no corrections");
        Correction first = kind("kl-2020:172", "observation", "challenge");
        Correction second = Correction.now("Bo", What.THEMES, Target.item("kl-2020:172"),
                NODES.arrayNode().add("ledelse"), NODES.arrayNode().add("ledelse").add("digitalisering"));
        log.append(first);
        log.append(second);
        List<String> lines = Files.readAllLines(log.file(), StandardCharsets.UTF_8);
        assertEquals(2, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"" + first.id() + "\",\"who\":\"Anna\",\"when\":\""), lines.get(0));
        assertTrue(lines.get(0).contains("\"what\":\"kind\",\"target\":{\"item\":\"kl-2020:172\"},"
                + "\"before\":\"observation\",\"after\":\"challenge\"}"), lines.get(0));
        assertEquals(List.of(first, second), log.all());
        assertEquals("challenge", log.all().get(0).after().asText());
        assertTrue(first.when().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), first.when());
    }

    @Test
    void anUndoIsALineOfItsOwnAndTakesTheCorrectionOutOfForce() throws IOException {
        CorrectionLog log = new CorrectionLog(dir.resolve("corrections.jsonl"));
        Correction a = kind("kl-2020:1", "observation", "challenge");
        Correction b = kind("kl-2020:2", "observation", "opportunity");
        log.append(a);
        log.append(b);
        log.append(Correction.now("Bo", What.UNDO, Target.correction(a.id()), null, null));
        assertEquals(3, Files.readAllLines(log.file()).size(), "the undone correction stays in the file (audit trail)");
        assertEquals(3, log.all().size());
        assertEquals(List.of(b), log.inForce());
        assertTrue(Files.readAllLines(log.file()).get(2).contains("\"what\":\"undo\",\"target\":{\"correction\":\""
                + a.id() + "\"}}"));
    }

    @Test
    void aMalformedLineIsNamedByFileAndNumberAndTheFileIsLeftAsItWas() throws IOException {
        Path file = dir.resolve("corrections.jsonl");
        CorrectionLog log = new CorrectionLog(file);
        log.append(kind("kl-2020:1", "observation", "challenge"));
        Files.writeString(file, "{\"id\":\"x\",\"who\":\"Anna\",\"when\":\"2026-12-02T15:00:00Z\",\"what\":\"colour\","
                + "\"target\":{\"item\":\"kl-2020:3\"},\"after\":\"red\"}\n", java.nio.file.StandardOpenOption.APPEND);
        log.append(kind("kl-2020:2", "observation", "challenge"));
        byte[] before = Files.readAllBytes(file);
        InputException e = assertThrows(InputException.class, log::all);
        assertEquals("The corrections file " + file + ", line 2, is not a correction (unknown what 'colour' (one of "
                + "kind, themes, actors, speaker, echo, merge-people, undo)). Fix or delete that line; nothing was applied "
                + "and the file was not changed.", e.getMessage());
        assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(file), "every line is still there");
        assertEquals(3, Files.readAllLines(file).size());
    }

    @Test
    void brokenJsonAndMissingFieldsAreNamed() throws IOException {
        Path file = dir.resolve("corrections.jsonl");
        Files.writeString(file, "\n{\"id\":\"a\",\"who\":\"Anna\"\n");
        InputException e = assertThrows(InputException.class, () -> new CorrectionLog(file).all());
        assertTrue(e.getMessage().startsWith("The corrections file " + file + ", line 2, is not a correction ("), e.getMessage());
        Files.writeString(file, "{\"id\":\"a\",\"who\":\"\",\"when\":\"2026-12-02T15:00:00Z\",\"what\":\"kind\","
                + "\"target\":{\"item\":\"kl-2020:3\"},\"after\":\"challenge\"}\n");
        e = assertThrows(InputException.class, () -> new CorrectionLog(file).all());
        assertTrue(e.getMessage().contains("line 1, is not a correction (who is missing"), e.getMessage());
        Files.writeString(file, "{\"id\":\"a\",\"who\":\"Anna\",\"when\":\"yesterday\",\"what\":\"kind\","
                + "\"target\":{\"item\":\"kl-2020:3\"},\"after\":\"challenge\"}\n");
        e = assertThrows(InputException.class, () -> new CorrectionLog(file).all());
        assertTrue(e.getMessage().contains("(when: 'yesterday' is not an ISO-8601 UTC time"), e.getMessage());
    }

    @Test
    void aFileWithoutAFinalNewlineKeepsItsLastLineWhenAppendedTo() throws IOException {
        Path file = dir.resolve("corrections.jsonl");
        CorrectionLog log = new CorrectionLog(file);
        log.append(kind("kl-2020:1", "observation", "challenge"));
        String text = Files.readString(file);
        Files.writeString(file, text.strip()); // edited by hand, saved without the newline
        log.append(kind("kl-2020:2", "observation", "opportunity"));
        assertEquals(2, log.all().size());
        assertEquals("kl-2020:2", log.all().get(1).target().item());
    }

    @Test
    void anEchoDecisionMustBeConfirmOrReject() {
        Correction c = Correction.now("Anna", What.ECHO, Target.echo("a:1", "b:2"), null,
                NODES.objectNode().put("decision", "maybe"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::validated);
        assertEquals("after.decision must be one of [confirm, reject]", e.getMessage());
    }
}
