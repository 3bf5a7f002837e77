package dk.erfaringsgraf.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.erfaringsgraf.testing.CorpusFiles;
import dk.erfaringsgraf.testing.TextVariants;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The text reader on the bundled Sorø and KL reports as published and in generated variants (re-wrapped,
 * CRLF, Windows-1252, straight quotes, no-break spaces): every variant must give the same blocks.
 */
class TextReaderTest {

    /** What a block says, without where: variants move lines, not content. */
    record Shape(BlockType type, int level, String text) {
    }

    static Stream<Arguments> variants() {
        List<Arguments> out = new ArrayList<>();
        for (String file : List.of(CorpusFiles.SOROE, CorpusFiles.KL)) {
            out.add(Arguments.of(file, "wrapped at 60", (Variant) t -> utf8(TextVariants.wrap(t, 60))));
            out.add(Arguments.of(file, "wrapped at 72", (Variant) t -> utf8(TextVariants.wrap(t, 72))));
            out.add(Arguments.of(file, "wrapped at 80", (Variant) t -> utf8(TextVariants.wrap(t, 80))));
            out.add(Arguments.of(file, "CRLF", (Variant) t -> utf8(TextVariants.crlf(t))));
            out.add(Arguments.of(file, "Windows-1252", (Variant) TextVariants::windows1252));
            out.add(Arguments.of(file, "no-break spaces", (Variant) t -> utf8(TextVariants.noBreakSpaces(t))));
            out.add(Arguments.of(file, "wrapped at 72, CRLF, Windows-1252",
                    (Variant) t -> TextVariants.windows1252(TextVariants.crlf(TextVariants.wrap(t, 72)))));
        }
        return out.stream();
    }

    /** One re-export of a text. */
    interface Variant {
        byte[] of(String text);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("variants")
    void aVariantGivesTheSameBlocks(String file, String name, Variant variant) {
        String text = new String(CorpusFiles.bytes(file), StandardCharsets.UTF_8);
        List<Shape> expected = shapes(read(file, CorpusFiles.bytes(file)), UnaryOperator.identity());
        Document doc = read(file, variant.of(text));
        assertSameBlocks(expected, shapes(doc, UnaryOperator.identity()), name);
        assertCovered(doc);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bothReports")
    void straightQuotesAndHyphensGiveTheSameBlocks(String file) {
        String text = new String(CorpusFiles.bytes(file), StandardCharsets.UTF_8);
        List<Shape> expected = shapes(read(file, CorpusFiles.bytes(file)), TextVariants::straightQuotes);
        Document doc = read(file, utf8(TextVariants.straightQuotes(text)));
        assertSameBlocks(expected, shapes(doc, UnaryOperator.identity()), "straight quotes");
        assertCovered(doc);
    }

    static Stream<String> bothReports() {
        return Stream.of(CorpusFiles.SOROE, CorpusFiles.KL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allFiles")
    void everyNonBlankLineIsInExactlyOneBlock(String file) {
        assertCovered(read(file, CorpusFiles.bytes(file)));
    }

    static Stream<String> allFiles() {
        return Stream.of(CorpusFiles.SOROE, CorpusFiles.SOROE_PDF, CorpusFiles.KL, CorpusFiles.KOMDIR,
                CorpusFiles.NORDDJURS);
    }

    @Test
    void soroeReadsItsHeadingsListsAndQuotes() {
        Document doc = read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE));
        List<Block> blocks = doc.blocks();
        assertEquals(55, count(blocks, BlockType.HEADING));
        assertEquals(186, count(blocks, BlockType.LIST_ITEM));
        assertEquals(43, count(blocks, BlockType.QUOTE));
        assertEquals(1, count(blocks, BlockType.CAPTION));
        Block tanker = find(blocks, "Tanker fra direktionen", BlockType.HEADING);
        assertEquals(60, tanker.line());
        int muligheder = blocks.indexOf(find(blocks, "Muligheder", BlockType.HEADING));
        Block first = blocks.get(muligheder + 1);
        assertEquals(BlockType.LIST_ITEM, first.type());
        assertEquals(1, first.level());
        assertTrue(first.text().startsWith("I Sorø Kommune oplever"), first.text());
        assertEquals(List.of(131, 131), List.of(blocks.get(muligheder).line(), blocks.get(muligheder).lineTo()));
        for (int n = 33; n <= 48; n++) {
            assertEquals(BlockType.FURNITURE, at(blocks, n).type(), "table of contents line " + n);
        }
    }

    @Test
    void soroeQuotesFollowTheirLoneMarks() {
        List<Block> blocks = read(CorpusFiles.SOROE, CorpusFiles.bytes(CorpusFiles.SOROE)).blocks();
        assertEquals(BlockType.FURNITURE, at(blocks, 159).type());
        assertEquals(BlockType.QUOTE, at(blocks, 161).type());
        assertEquals(BlockType.QUOTE, at(blocks, 185).type());
        assertEquals(BlockType.FURNITURE, at(blocks, 187).type());
        assertEquals("Jeg kunne ikke have været et bedre sted under Corona-krisen, end Sorø.", at(blocks, 9).text());
        assertEquals(BlockType.QUOTE, at(blocks, 9).type());
        assertEquals(BlockType.PARAGRAPH, at(blocks, 76).type(), "Kommunaldirektør, a signature line");
        assertEquals("Søren S. Kjær", at(blocks, 77).text());
    }

    @Test
    void klJoinsPageBrokenParagraphsAndKeepsQuoteAttributions() {
        List<Block> blocks = read(CorpusFiles.KL, CorpusFiles.bytes(CorpusFiles.KL)).blocks();
        assertEquals(36, count(blocks, BlockType.HEADING));
        assertEquals(63, count(blocks, BlockType.LIST_ITEM));
        assertEquals(20, count(blocks, BlockType.FURNITURE));
        Block quote = at(blocks, 172);
        assertTrue(quote.text().startsWith("”Noget af det, jeg vil tænke over"), quote.text());
        assertEquals(172, quote.lineTo());
        Block next = blocks.get(blocks.indexOf(quote) + 1);
        assertEquals(new Shape(BlockType.PARAGRAPH, 0, "– kommunaldirektør"), shape(next, UnaryOperator.identity()));
        Block broken = at(blocks, 56);
        assertEquals(58, broken.lineTo());
        assertTrue(broken.text().contains("refleksionsspørgsmål og information"), broken.text());
        assertEquals(422, at(blocks, 419).lineTo());
        assertEquals(BlockType.LIST_ITEM, at(blocks, 419).type());
        assertEquals(new Shape(BlockType.HEADING, 0, "HOVEDTENDENSER: LEDELSE, ORGANISATION OG DIGITALISERING"),
                shape(at(blocks, 151), UnaryOperator.identity()));
        for (int n = 11; n <= 30; n++) {
            assertEquals(BlockType.FURNITURE, at(blocks, n).type(), "table of contents line " + n);
        }
    }

    /** Equal lists, or a message naming the first block that differs (lists of 400 blocks do not diff well). */
    static void assertSameBlocks(List<Shape> expected, List<Shape> actual, String variant) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), variant + ": block " + i);
        }
        assertEquals(expected.size(), actual.size(), variant + ": number of blocks");
    }

    static Document read(String file, byte[] bytes) {
        return new TextReader().read(file, bytes, new ArrayList<>());
    }

    static List<Shape> shapes(Document doc, UnaryOperator<String> map) {
        return doc.blocks().stream().map(b -> shape(b, map)).toList();
    }

    private static Shape shape(Block b, UnaryOperator<String> map) {
        return new Shape(b.type(), b.level(), map.apply(b.text()));
    }

    /**
     * Every non-blank line in exactly one block; blocks in order, each starting and ending on text. The one
     * exception: a line on which a PDF's text layer set two blocks side by side, a wide gap between them, is the
     * last line of the one and the first of the other.
     */
    static void assertCovered(Document doc) {
        int[] owner = new int[doc.lineCount() + 1];
        int previousEnd = 0;
        for (Block b : doc.blocks()) {
            boolean sideBySide = b.line() == previousEnd && doc.line(b.line()).strip().matches(".*\\S {2,}\\S.*");
            if (sideBySide) {
                owner[b.line()]--;
            }
            assertTrue(b.line() > previousEnd || sideBySide, "blocks out of order or overlapping at line " + b.line());
            assertTrue(!doc.isBlank(b.line()) && !doc.isBlank(b.lineTo()), "block on a blank line: " + b);
            for (int n = b.line(); n <= b.lineTo(); n++) {
                owner[n]++;
            }
            previousEnd = b.lineTo();
        }
        for (int n = 1; n <= doc.lineCount(); n++) {
            if (!doc.isBlank(n)) {
                assertEquals(1, owner[n], doc.file() + " line " + n + " in " + owner[n] + " blocks");
            }
        }
    }

    static Block at(List<Block> blocks, int line) {
        return blocks.stream().filter(b -> b.line() <= line && line <= b.lineTo()).findFirst()
                .orElseThrow(() -> new AssertionError("No block at line " + line));
    }

    static Block find(List<Block> blocks, String text, BlockType type) {
        return blocks.stream().filter(b -> b.is(type) && b.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " " + text));
    }

    static long count(List<Block> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.is(type)).count();
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
