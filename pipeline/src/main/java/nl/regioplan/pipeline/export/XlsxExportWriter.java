package nl.regioplan.pipeline.export;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * An Excel workbook with a sheet per record type: a bold, frozen header row with a filter, typed cells (numbers
 * numeric, years and pages whole numbers, booleans as booleans) and column widths estimated from the text, since
 * measuring every cell (autoSizeColumn) takes minutes on a sheet of passages. Rows are streamed to disk, so the
 * size of an export is not bounded by memory.
 */
public final class XlsxExportWriter implements ExportWriter {
    private static final int MAX_CELL_CHARS = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MIN_WIDTH_CHARS = 6;
    private static final int MAX_WIDTH_CHARS = 70;
    private static final int ROWS_IN_MEMORY = 200;

    @Override
    public void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        try {
            Styles styles = new Styles(workbook);
            for (ExportSheet sheet : sheets) writeSheet(workbook.createSheet(sheet.name()), sheet, styles);
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void writeSheet(SXSSFSheet sheet, ExportSheet records, Styles styles) {
        List<String> header = records.header();
        int[] widths = new int[header.size()];
        Row top = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Cell cell = top.createCell(c);
            cell.setCellValue(header.get(c));
            cell.setCellStyle(styles.header);
            widths[c] = Math.max(MIN_WIDTH_CHARS, header.get(c).length() + 2);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < records.size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = records.row(r);
            for (int c = 0; c < values.size(); c++) {
                Object value = values.get(c);
                if (value == null) continue;
                widths[c] = Math.max(widths[c], fill(row.createCell(c), value, styles));
            }
        }
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(records.size(), 1), 0, header.size() - 1));
        for (int c = 0; c < widths.length; c++) sheet.setColumnWidth(c, Math.min(widths[c], MAX_WIDTH_CHARS) * 256);
    }

    /** Sets the cell and returns how many characters wide it displays. */
    private static int fill(Cell cell, Object value, Styles styles) {
        switch (value) {
            case Integer i -> {
                cell.setCellValue(i);
                cell.setCellStyle(styles.whole);
                return Integer.toString(i).length() + 1;
            }
            case Long l -> {
                cell.setCellValue(l);
                cell.setCellStyle(styles.whole);
                return Long.toString(l).length() + 1;
            }
            case Number n -> {
                cell.setCellValue(n.doubleValue());
                return CsvDialect.RFC_4180.text(n.doubleValue()).length() + 1;
            }
            case Boolean b -> {
                cell.setCellValue(b);
                return 6;
            }
            default -> {
                String text = CsvDialect.RFC_4180.text(value);
                if (text.length() > MAX_CELL_CHARS) text = text.substring(0, MAX_CELL_CHARS - 1) + "…";
                cell.setCellValue(text);
                return text.length() + 1;
            }
        }
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle whole;

        Styles(SXSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
        }
    }
}
