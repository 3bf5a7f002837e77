package dk.erfaringsgraf.graph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;

/**
 * The password of the embedded Neo4j's {@code neo4j} user, kept in {@code <data>/bolt-password} readable by
 * its owner only (rw-------): generated at the first start with authentication, reused after, so that
 * cypher-shell and Neo4j Browser keep the same credentials and no other local user or process can reach the
 * graph over Bolt.
 *
 * @param value the password
 * @param file where it is kept
 * @param created whether this start generated it (so Neo4j's user must be given it)
 */
public record BoltPassword(String value, Path file, boolean created) {

    public static final String FILE_NAME = "bolt-password";
    public static final String USER = "neo4j";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int LENGTH = 24; // about 140 bits, and no character a shell or URL would need quoted

    /** The password file of the data folder {@code dataDir}. */
    public static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /**
     * Reads the password kept in {@code dataDir}, or generates one and writes it owner-only. An existing file
     * readable by others is narrowed to owner-only.
     *
     * @throws GraphException naming the file when it cannot be read or written, or is empty
     */
    public static BoltPassword inDataDir(Path dataDir) {
        Path file = fileIn(dataDir);
        try {
            if (!Files.exists(file)) {
                String value = generate();
                if (write(file, value)) {
                    return new BoltPassword(value, file, true);
                }
            }
            ownerOnly(file);
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (value.isEmpty()) {
                throw new GraphException("Bolt password file " + file + " is empty: delete it and start again "
                        + "to generate a new password");
            }
            return new BoltPassword(value, file, false);
        } catch (IOException e) {
            throw new GraphException("Could not read or write the Bolt password file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the file this start generated, after Neo4j could not be given the password in it. */
    void forgetIfCreated() {
        if (created) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // the start fails anyway, naming the cause; a stale file only means a clear auth message next time
            }
        }
    }

    /** A fresh random password from SecureRandom. */
    static String generate() {
        SecureRandom random = new SecureRandom();
        StringBuilder s = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    /** Creates {@code file} owner-only from the start (never briefly world-readable); false if it appeared meanwhile. */
    private static boolean write(Path file, String value) throws IOException {
        try {
            if (posix(file.getParent())) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException raced) {
            return false;
        }
        Files.writeString(file, value + "\n", StandardCharsets.UTF_8);
        return true;
    }

    private static void ownerOnly(Path file) throws IOException {
        if (posix(file) && !Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** How to connect from outside, for the start message: cypher-shell, then Neo4j Browser or Desktop. */
    public String howToConnect(String boltUri) {
        return "user " + USER + ", password " + value + " (kept in " + file + ")\n"
                + "  cypher-shell -a " + boltUri + " -u " + USER + " -p " + value + "\n"
                + "  Neo4j Browser / Desktop: connect to " + boltUri + " as " + USER + " with that password";
    }

    @Override
    public String toString() {
        return "BoltPassword[" + file + "]"; // never the value, should a record end up in a log
    }
}
