package dk.erfaringsgraf.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/** Builds {@link Document}s from raw bytes. */
public final class Documents {

    private Documents() {
    }

    /** Decodes and splits a file into lines; the decoder's warnings go to {@code warnings}. */
    public static Document read(String file, byte[] bytes, List<String> warnings) {
        TextDecoder.Decoded decoded = new TextDecoder().decode(file, bytes);
        warnings.addAll(decoded.warnings());
        String text = decoded.text();
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        if (lines.stream().allMatch(TextJoiner::isBlank)) {
            throw new InputException(file + ": contains only blank lines");
        }
        return new Document(file, lines, decoded.charset(), sha256(bytes));
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
