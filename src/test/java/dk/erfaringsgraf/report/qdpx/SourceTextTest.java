package dk.erfaringsgraf.report.qdpx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.erfaringsgraf.ingest.Documents;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private final SourceText text = SourceText.of(Documents.of("r.txt",
            "Muligheder\n  • Hjemmearbejde gav ro  \nog fordybelse.\n\uD83D\uDE00 Glæde\nSidste linje\n"));

    @Test
    void aSpanCoversItsLinesWithoutTheirOuterWhitespace() {
        assertEquals("Muligheder\n  • Hjemmearbejde gav ro  \nog fordybelse.\n\uD83D\uDE00 Glæde\nSidste linje\n", text.text());
        SourceText.Span bullet = text.span(2, 3);
        assertEquals(new SourceText.Span(13, 52), bullet);
        assertEquals("• Hjemmearbejde gav ro  \nog fordybelse.", text.cut(bullet.start(), bullet.end()));
        assertEquals("Muligheder", text.cut(text.span(1, 1).start(), text.span(1, 1).end()));
    }

    /** REFI-QDA counts characters: a character outside the BMP is one position, not two UTF-16 units. */
    @Test
    void positionsCountCodePoints() {
        SourceText.Span smile = text.span(4, 4);
        assertEquals(53, smile.start());
        assertEquals(60, smile.end(), "the emoji, a space and five letters");
        assertEquals("\uD83D\uDE00 Glæde", text.cut(smile.start(), smile.end()));
        SourceText.Span last = text.span(5, 5);
        assertEquals(61, last.start());
        assertEquals("Sidste linje", text.cut(last.start(), last.end()));
    }

    @Test
    void guidsAreTheSameForTheSameNameAndDifferForAnother() {
        assertEquals(Guids.of("theme", "digitalisering"), Guids.of("theme", "digitalisering"));
        assertEquals(false, Guids.of("theme", "digitalisering").equals(Guids.of("actor", "digitalisering")));
        assertEquals(36, Guids.of("theme", "x").length());
    }
}
