package dk.erfaringsgraf.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Bolt password file: generated once, owner-only, reused, never shown by toString. */
class BoltPasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstStartGeneratesAnOwnerOnlyFileAndTheSecondReusesIt() throws IOException {
        BoltPassword first = BoltPassword.inDataDir(dataDir);
        assertTrue(first.created());
        assertEquals(dataDir.resolve("bolt-password"), first.file());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(first.file())));
        assertTrue(first.value().matches("[A-Za-z0-9]{24}"), first.value());

        BoltPassword second = BoltPassword.inDataDir(dataDir);
        assertFalse(second.created());
        assertEquals(first.value(), second.value());
        assertNotEquals(first.value(), BoltPassword.inDataDir(Files.createTempDirectory(dataDir, "other")).value());
    }

    @Test
    void aFileOthersCanReadIsNarrowedToItsOwner() throws IOException {
        Path file = dataDir.resolve("bolt-password");
        Files.writeString(file, "chosen-by-hand-123\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        BoltPassword password = BoltPassword.inDataDir(dataDir);
        assertEquals("chosen-by-hand-123", password.value());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void anEmptyFileIsNamedNotUsed() throws IOException {
        Files.writeString(dataDir.resolve("bolt-password"), "  \n");
        GraphException e = assertThrows(GraphException.class, () -> BoltPassword.inDataDir(dataDir));
        assertTrue(e.getMessage().contains(dataDir.resolve("bolt-password") + " is empty"), e.getMessage());
    }

    @Test
    void theValueStaysOutOfToStringAndTheConnectHintNamesUserAndFile() {
        BoltPassword password = BoltPassword.inDataDir(dataDir);
        assertFalse(password.toString().contains(password.value()));
        String hint = password.howToConnect("bolt://127.0.0.1:7687");
        assertTrue(hint.contains("cypher-shell -a bolt://127.0.0.1:7687 -u neo4j -p " + password.value()), hint);
        assertTrue(hint.contains(password.file().toString()), hint);
    }
}
