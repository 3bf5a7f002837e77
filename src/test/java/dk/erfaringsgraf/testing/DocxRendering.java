package dk.erfaringsgraf.testing;

import dk.erfaringsgraf.ingest.Block;
import dk.erfaringsgraf.ingest.BlockType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes blocks as a real Word document, the way Word itself marks them: headings in "Heading1"… styles
 * (named "heading 1", with an outline level), quotes in the "Quote" style, captions in "Caption", list items
 * in "List Paragraph" with bullet numbering at their level, consecutive table rows as one table (cells split at
 * " | "). Furniture goes to the page header, where a reader must not find report text.
 */
public final class DocxRendering {

    private static final Pattern CELL = Pattern.compile(" \\| ");
    private static final int LEVELS = 9;

    private DocxRendering() {
    }

    public static byte[] docx(List<Block> blocks) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            addStyles(doc.createStyles());
            BigInteger bullets = bulletNumbering(doc.createNumbering());
            List<Block> rows = new ArrayList<>();
            for (Block block : blocks) {
                if (block.is(BlockType.TABLE_ROW)) {
                    rows.add(block);
                    continue;
                }
                table(doc, rows);
                write(doc, block, bullets);
            }
            table(doc, rows);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of paragraphs with no text (only spacing), as an empty template leaves them. */
    public static byte[] emptyParagraphs(int count) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int i = 0; i < count; i++) {
                doc.createParagraph().createRun().setText(i % 2 == 0 ? "" : " \t ");
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFDocument doc, Block block, BigInteger bullets) {
        if (block.is(BlockType.FURNITURE)) {
            doc.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText(block.text());
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.createRun().setText(block.text());
        switch (block.type()) {
            case HEADING -> p.setStyle("Heading" + Math.max(1, Math.min(LEVELS, block.level())));
            case QUOTE -> p.setStyle("Quote");
            case CAPTION -> p.setStyle("Caption");
            case LIST_ITEM -> {
                p.setStyle("ListParagraph");
                p.setNumID(bullets);
                p.setNumILvl(BigInteger.valueOf(Math.max(1, block.level()) - 1));
            }
            default -> {
            }
        }
    }

    private static void table(XWPFDocument doc, List<Block> rows) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = doc.createTable();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
            String[] cells = CELL.split(rows.get(r).text(), -1);
            while (row.getTableCells().size() < cells.length) {
                row.addNewTableCell();
            }
            for (int c = 0; c < cells.length; c++) {
                row.getCell(c).setText(cells[c]);
            }
        }
        rows.clear();
    }

    private static void addStyles(XWPFStyles styles) {
        styles.addStyle(style(styles, "Normal", "Normal", -1));
        for (int level = 1; level <= LEVELS; level++) {
            styles.addStyle(style(styles, "Heading" + level, "heading " + level, level - 1));
        }
        styles.addStyle(style(styles, "Title", "Title", -1));
        styles.addStyle(style(styles, "Quote", "Quote", -1));
        styles.addStyle(style(styles, "Caption", "caption", -1));
        styles.addStyle(style(styles, "ListParagraph", "List Paragraph", -1));
    }

    private static XWPFStyle style(XWPFStyles styles, String id, String name, int outlineLevel) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (!id.equals("Normal")) {
            ct.addNewBasedOn().setVal("Normal");
        }
        if (outlineLevel >= 0) {
            ct.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            ct.addNewRPr().addNewB();
        }
        return new XWPFStyle(ct, styles);
    }

    /** Bullet numbering with nine levels, as Word writes for a bulleted list; returns its num id. */
    private static BigInteger bulletNumbering(XWPFNumbering numbering) {
        CTAbstractNum bullets = CTAbstractNum.Factory.newInstance();
        bullets.setAbstractNumId(BigInteger.ZERO);
        for (int i = 0; i < LEVELS; i++) {
            CTLvl lvl = bullets.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(i % 2 == 0 ? "•" : "o");
        }
        BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(bullets, numbering));
        return numbering.addNum(abstractId);
    }
}
