package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    /** A real line of the Sorø report: æ, ø, å and the typographic dash all need the right charset. */
    private static final String LINE = "Jobbanken – udsendte medarbejdere: Fælles fordybelsestid på rådhuset\n";
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void utf8IsReadAsIsWithoutWarnings() {
        TextDecoder.Decoded d = decoder.decode("a.txt", LINE.getBytes(StandardCharsets.UTF_8));
        assertEquals(LINE, d.text());
        assertEquals("UTF-8", d.charset());
        assertEquals(0, d.warnings().size());
    }

    @Test
    void windows1252IsDecodedWithAWarningNamingTheFile() {
        TextDecoder.Decoded d = decoder.decode("latin.txt", LINE.getBytes(Charset.forName("windows-1252")));
        assertEquals(LINE, d.text());
        assertEquals("windows-1252", d.charset());
        assertTrue(d.warnings().get(0).startsWith("latin.txt: not valid UTF-8"), d.warnings().toString());
    }

    @Test
    void utf16WithAndWithoutBomIsDecoded() {
        byte[] withBom = LINE.getBytes(StandardCharsets.UTF_16); // Java writes a big-endian BOM
        assertEquals(LINE, decoder.decode("be.txt", withBom).text());
        byte[] little = LINE.getBytes(StandardCharsets.UTF_16LE);
        TextDecoder.Decoded d = decoder.decode("le.txt", little);
        assertEquals(LINE, d.text());
        assertEquals("UTF-16LE", d.charset());
        assertTrue(d.warnings().get(0).contains("no byte-order mark"));
    }

    @Test
    void utf8BomAndCrlfAreNormalised() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Muligheder\r\n\r\n- Virtuelle møder\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        TextDecoder.Decoded d = decoder.decode("crlf.txt", all);
        assertEquals("Muligheder\n\n- Virtuelle møder\n", d.text());
        assertEquals("UTF-8 (BOM)", d.charset());
    }

    @Test
    void emptyAndBinaryFilesAreRefusedByName() {
        InputException empty = assertThrows(InputException.class, () -> decoder.decode("tom.txt", new byte[0]));
        assertEquals("tom.txt: the file is empty", empty.getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        InputException binary = assertThrows(InputException.class, () -> decoder.decode("billede.txt", png));
        assertTrue(binary.getMessage().startsWith("billede.txt: looks binary"), binary.getMessage());
    }

    @Test
    void aDocumentOfOnlyBlankLinesIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> Documents.read("blank.txt", " \n\t\n\u00A0\n".getBytes(StandardCharsets.UTF_8), new java.util.ArrayList<>()));
        assertEquals("blank.txt: contains only blank lines", e.getMessage());
    }
}
