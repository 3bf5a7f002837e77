package dk.erfaringsgraf.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * One worksheet named after the table: a bold header row, numbers as numeric cells, missing cells blank.
 * Written with Apache POI directly (not tablesaw-excel's XlsxWriter) because two things would otherwise make
 * every export differ: the document's creation time in docProps/core.xml and the zip entries' times. Both are
 * pinned to {@link #FIXED_TIME}, so the same table gives the same bytes.
 */
final class XlsxExport {

    /** The one time written into every export: the corpus era, and inside the DOS time range of zip entries. */
    static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private XlsxExport() {
    }

    static void write(Table table, OutputStream out) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            header(table, sheet, bold(workbook));
            for (int r = 0; r < table.rowCount(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < table.columnCount(); c++) {
                    cell(table.column(c), r, row, c);
                }
            }
            Date fixed = Date.from(FIXED_TIME.toInstant(ZoneOffset.UTC));
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(fixed));
            workbook.getProperties().getCoreProperties().setModified(Optional.of(fixed));
            workbook.getProperties().getCoreProperties().setCreator("erfaringsgraf");
            workbook.write(raw);
        }
        rezip(raw.toByteArray(), out);
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private static void header(Table table, Sheet sheet, CellStyle style) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < table.columnCount(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(table.column(c).name());
            cell.setCellStyle(style);
        }
    }

    private static void cell(Column<?> column, int r, Row row, int c) {
        if (column.isMissing(r)) {
            return;
        }
        Object value = column.get(r);
        if (value instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
        } else {
            row.createCell(c).setCellValue(String.valueOf(value));
        }
    }

    /** Copies the zip entry by entry in the same order, each with the fixed time (local DOS time, no zone). */
    private static void rezip(byte[] zip, OutputStream out) throws IOException {
        ZipOutputStream copy = new ZipOutputStream(out);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry fixed = new ZipEntry(entry.getName());
                fixed.setTimeLocal(FIXED_TIME);
                copy.putNextEntry(fixed);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
        copy.finish();
    }
}
