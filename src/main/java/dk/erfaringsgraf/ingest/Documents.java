package dk.erfaringsgraf.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Builds {@link Document}s from raw bytes. */
public final class Documents {

    private Documents() {
    }

    /** Reads a file with the reader for its form; warnings go to {@code warnings}. */
    public static Document read(String file, byte[] bytes, List<String> warnings) {
        return Readers.standard().read(file, bytes, warnings);
    }

    /** A document from text already in memory (tests, generated input). */
    public static Document of(String file, String text) {
        return read(file, text.getBytes(StandardCharsets.UTF_8), new java.util.ArrayList<>());
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
