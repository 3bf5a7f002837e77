package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Typesets blocks as a real A4 PDF with PDFBox's standard fonts, as a municipal report is laid out: body in
 * Helvetica 10 in two columns (or one), headings in Helvetica-Bold 16 (level 1, across the page at the top
 * of a new page in two-column layout) and 13 (in the column), bullets "•" with a hanging indent, quotes in
 * Helvetica-Oblique, a running header and the page number on every page. Text is wrapped greedily, long
 * words optionally hyphenated. Characters WinAnsiEncoding lacks become '?' and are counted
 * ({@link #replaced()}); the Symbol-font bullet U+F0B7 becomes "•".
 */
public final class PdfRendering {

    public static final String HEADER = "Læring og erfaring i en Corona-krise";
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();
    private static final float MARGIN = 56;
    private static final float TOP = 72;
    private static final float BOTTOM = HEIGHT - 64;
    private static final float GUTTER = 20;
    private static final float BODY = 10;
    private static final float LEADING = 12.5f;
    private static final float BLOCK_SPACE = 6;
    private static final float HANGING = 12;

    private final int columns;
    private final String header;
    private final boolean hyphenate;
    private final PDType1Font regular = new PDType1Font(FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(FontName.HELVETICA_BOLD);
    private final PDType1Font oblique = new PDType1Font(FontName.HELVETICA_OBLIQUE);
    private final Map<Integer, Boolean> encodable = new HashMap<>();
    private int replaced;

    private PDDocument pdf;
    private PDPageContentStream content;
    private int pageCount;
    private int column;
    private float columnTop;
    private float y;

    public PdfRendering(int columns, String header, boolean hyphenate) {
        if (columns < 1 || columns > 3) {
            throw new IllegalArgumentException("1 to 3 columns, not " + columns);
        }
        this.columns = columns;
        this.header = header;
        this.hyphenate = hyphenate;
    }

    /** Two columns, the default running header, no hyphenation. */
    public static PdfRendering twoColumns() {
        return new PdfRendering(2, HEADER, false);
    }

    public static PdfRendering oneColumn() {
        return new PdfRendering(1, HEADER, false);
    }

    /** Characters replaced by '?' so far, as the standard fonts' WinAnsiEncoding lacks them. */
    public int replaced() {
        return replaced;
    }

    /** Number of pages of the last rendering. */
    public int pages() {
        return pageCount;
    }

    /** The PDF of {@code blocks} (types other than heading, list item and quote are set as paragraphs). */
    public byte[] render(List<Block> blocks) {
        try (PDDocument document = new PDDocument()) {
            pdf = document;
            pageCount = 0;
            newPage();
            for (Block block : blocks) {
                place(block);
            }
            finishPage();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void place(Block block) throws IOException {
        String text = encode(block.text());
        if (block.is(BlockType.HEADING)) {
            heading(text, block.level() <= 1 ? 16 : 13, block.level() <= 1 && columns > 1);
        } else if (block.is(BlockType.LIST_ITEM)) {
            flow(text, regular, HANGING, "•");
        } else {
            flow(text, block.is(BlockType.QUOTE) ? oblique : regular, 0, null);
        }
    }

    private void heading(String text, float size, boolean acrossPage) throws IOException {
        float leading = size * 1.25f;
        if (acrossPage) {
            if (y > TOP || column > 0) {
                finishPage();
                newPage();
            }
            for (String line : wrap(text, bold, size, WIDTH - 2 * MARGIN)) {
                show(line, bold, size, MARGIN, y + size);
                y += leading;
            }
            y += BLOCK_SPACE;
            columnTop = y;
            return;
        }
        List<String> lines = wrap(text, bold, size, columnWidth());
        if (y > columnTop) {
            y += size * 0.6f;
        }
        ensure(leading * lines.size() + LEADING);
        for (String line : lines) {
            show(line, bold, size, columnX(), y + size);
            y += leading;
        }
        y += BLOCK_SPACE;
    }

    private void flow(String text, PDType1Font font, float indent, String bullet) throws IOException {
        List<String> lines = wrap(text, font, BODY, columnWidth() - indent);
        for (int i = 0; i < lines.size(); i++) {
            ensure(LEADING);
            if (i == 0 && bullet != null) {
                show(bullet, regular, BODY, columnX(), y + BODY);
            }
            show(lines.get(i), font, BODY, columnX() + indent, y + BODY);
            y += LEADING;
        }
        y += BLOCK_SPACE;
    }

    /** Moves to the next column or page unless {@code height} fits below the cursor. */
    private void ensure(float height) throws IOException {
        if (y + height <= BOTTOM) {
            return;
        }
        if (column + 1 < columns) {
            column++;
        } else {
            finishPage();
            newPage();
        }
        y = columnTop;
    }

    private float columnWidth() {
        return (WIDTH - 2 * MARGIN - (columns - 1) * GUTTER) / columns;
    }

    private float columnX() {
        return MARGIN + column * (columnWidth() + GUTTER);
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        pageCount++;
        content = new PDPageContentStream(pdf, page);
        column = 0;
        columnTop = TOP;
        y = TOP;
        if (header != null && !header.isBlank()) {
            show(encode(header), oblique, 8, MARGIN, 40);
        }
    }

    private void finishPage() throws IOException {
        String number = Integer.toString(pageCount);
        show(number, regular, 9, (WIDTH - width(number, regular, 9)) / 2, HEIGHT - 30);
        content.close();
    }

    /** Shows {@code text} with its baseline {@code baseline} points below the page top. */
    private void show(String text, PDType1Font font, float size, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, HEIGHT - baseline);
        content.showText(text);
        content.endText();
    }

    private List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, font, size) <= width || line.length() == 0 && !hyphenate) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            String rest = word;
            if (hyphenate) {
                rest = hyphenated(line, word, font, size, width);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            line.setLength(0);
            line.append(rest);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Puts the longest head of a long word that fits, with "-", on {@code line}; returns the rest. */
    private String hyphenated(StringBuilder line, String word, PDType1Font font, float size, float width)
            throws IOException {
        if (word.length() < 8 || !word.chars().allMatch(Character::isLetter)) {
            return word;
        }
        String prefix = line.length() == 0 ? "" : line + " ";
        for (int cut = word.length() - 3; cut >= 3; cut--) {
            if (width(prefix + word.substring(0, cut) + "-", font, size) <= width) {
                line.setLength(0);
                line.append(prefix).append(word, 0, cut).append('-');
                return word.substring(cut);
            }
        }
        return word;
    }

    private static float width(String text, PDType1Font font, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with every character WinAnsiEncoding lacks replaced (U+F0B7 by "•", others by '?'). */
    private String encode(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == '\uF0B7') {
                out.append('•');
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                out.append(' ');
            } else if (encodable.computeIfAbsent(c, this::canEncode)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
                replaced++;
            }
        });
        return out.toString();
    }

    private boolean canEncode(int codePoint) {
        try {
            regular.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
