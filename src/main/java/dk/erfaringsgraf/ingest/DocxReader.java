package dk.erfaringsgraf.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Word documents (.docx, read with Apache POI XWPF): the body's paragraphs and tables in order. What a
 * paragraph is comes from the form itself: heading and title styles or an outline level make a heading,
 * numbering or a list style a list item, quote and caption styles a quote or caption, table-of-contents
 * styles furniture; each table row is one block. Page headers and footers are not read: they are furniture.
 * The document's lines are one line per block with a blank line between, so a block's line is its paragraph
 * number and page is 0 (Word files have no fixed pages).
 */
public final class DocxReader implements ReportReader {

    /** POI writes a footnote reference into the paragraph text as "[footnoteRef:N]"; the number is not text. */
    private static final Pattern WRAPPED = Pattern.compile("^(?:[a-z]\\w*\\.)+\\w+(?:Exception|Error): ");
    private static final Pattern FOOTNOTE_REF = Pattern.compile("\\[footnoteRef:\\d+]");

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    /** @throws InputException naming the file when it is not a readable .docx or has no text */
    @Override
    public Document read(String file, byte[] bytes, List<String> warnings) {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            BlockLines out = new BlockLines();
            DocxStyles styles = new DocxStyles(docx.getStyles());
            for (IBodyElement element : docx.getBodyElements()) {
                add(element, styles, out);
            }
            return out.document(file, bytes, format(), format());
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            throw new InputException(file + ": not a readable Word .docx file: " + rootMessage(e), e);
        }
    }

    private static void add(IBodyElement element, DocxStyles styles, BlockLines out) {
        if (element instanceof XWPFParagraph paragraph) {
            DocxStyles.Kind kind = kind(paragraph, styles);
            out.add(kind.type(), kind.level(), text(paragraph));
        } else if (element instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                out.addRow(row.getTableCells().stream().map(XWPFTableCell::getText).toList());
            }
        } else if (element instanceof XWPFSDT control) {
            for (String line : control.getContent().getText().split("\n")) {
                out.add(BlockType.PARAGRAPH, 0, line);
            }
        }
    }

    /**
     * A paragraph's kind: an explicit outline level first, then a heading, quote, caption or contents style,
     * then numbering (its level is the nesting), then a list style; otherwise running prose.
     */
    static DocxStyles.Kind kind(XWPFParagraph paragraph, DocxStyles styles) {
        CTPPr ppr = paragraph.getCTP().getPPr();
        if (ppr != null && ppr.isSetOutlineLvl()) {
            var outline = DocxStyles.outline(ppr.getOutlineLvl().getVal());
            if (outline.isPresent()) {
                return outline.get();
            }
        }
        var styled = styles.kind(paragraph.getStyleID());
        if (styled.isPresent() && styled.get().type() != BlockType.LIST_ITEM) {
            return styled.get();
        }
        if (paragraph.getNumID() != null) {
            BigInteger ilvl = paragraph.getNumIlvl();
            return new DocxStyles.Kind(BlockType.LIST_ITEM, ilvl == null ? 1 : ilvl.intValue() + 1);
        }
        return styled.orElse(new DocxStyles.Kind(BlockType.PARAGRAPH, 0));
    }

    /** POI prefixes the telling cause with the class name of the exception it wrapped; the user needs neither. */
    private static String rootMessage(Exception e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            message = t.getMessage() == null ? message : t.getMessage();
        }
        return message == null ? e.getClass().getSimpleName() : WRAPPED.matcher(message).replaceFirst("");
    }

    private static String text(XWPFParagraph paragraph) {
        return FOOTNOTE_REF.matcher(paragraph.getText()).replaceAll("");
    }
}
