package dk.erfaringsgraf.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a file's bytes into text: a byte-order mark decides UTF-8/UTF-16; otherwise strict UTF-8, and
 * when that fails Windows-1252 (a superset of Latin-1 for printable text), with a warning. Line ends are
 * normalised to LF. Binary files (NUL bytes or many control characters) are refused.
 */
public final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final double MAX_CONTROL_SHARE = 0.02;

    /** The decoded text and how it was decoded. */
    public record Decoded(String text, String charset, List<String> warnings) {
        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Decodes {@code bytes} read from {@code name}.
     *
     * @throws InputException if the file is empty or binary
     */
    public Decoded decode(String name, byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        if (bytes.length == 0) {
            throw new InputException(name + ": the file is empty");
        }
        String text;
        String charset;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            text = strictUtf8(name, bytes, 3);
            charset = "UTF-8 (BOM)";
        } else if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            boolean little = bytes[0] == (byte) 0xFF;
            text = new String(bytes, 2, bytes.length - 2, little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            charset = little ? "UTF-16LE" : "UTF-16BE";
            warnings.add(name + ": decoded as " + charset + " (byte-order mark)");
        } else if (looksLikeUtf16WithoutBom(bytes)) {
            boolean little = bytes[1] == 0;
            text = new String(bytes, little ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
            charset = little ? "UTF-16LE" : "UTF-16BE";
            warnings.add(name + ": decoded as " + charset + " (no byte-order mark; guessed from zero bytes)");
        } else {
            String utf8 = tryUtf8(bytes);
            if (utf8 != null) {
                text = utf8;
                charset = "UTF-8";
            } else {
                text = new String(bytes, WINDOWS_1252);
                charset = "windows-1252";
                warnings.add(name + ": not valid UTF-8; decoded as Windows-1252/Latin-1");
            }
        }
        refuseBinary(name, text);
        if (text.indexOf('\r') >= 0) {
            text = text.replace("\r\n", "\n").replace('\r', '\n');
        }
        return new Decoded(text, charset, warnings);
    }

    private static String strictUtf8(String name, byte[] bytes, int offset) {
        String text = tryUtf8(java.util.Arrays.copyOfRange(bytes, offset, bytes.length));
        if (text == null) {
            throw new InputException(name + ": has a UTF-8 byte-order mark but is not valid UTF-8");
        }
        return text;
    }

    private static String tryUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Text in UTF-16 without a BOM has a zero byte in every other position for Latin letters. */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        if (bytes.length < 4 || bytes.length % 2 != 0) {
            return false;
        }
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        int half = bytes.length / 2;
        return Math.max(zerosEven, zerosOdd) > half * 0.4 && Math.min(zerosEven, zerosOdd) < half * 0.05;
    }

    private static void refuseBinary(String name, String text) {
        long control = text.chars()
                .filter(c -> c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f'))
                .count();
        if (text.indexOf('\0') >= 0 || control > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new InputException(name + ": looks binary (" + control + " control characters), not a text report");
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
