package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.themes.SamplePlans;
import nl.regioplan.pipeline.themes.SamplePlansFixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class XlsxExportWriterTest extends SamplePlansFixture {
    @Test
    void everyTypeBecomesItsOwnSheetWithABoldFrozenHeader() throws IOException {
        try (XSSFWorkbook book = write(RecordType.parse("all"))) {
            List<String> names = new ArrayList<>();
            book.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("targets", "percentages", "years", "parties", "themes", "passages");
            for (Sheet sheet : book) {
                Row header = sheet.getRow(0);
                assertThat(book.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).as(sheet.getSheetName()).isTrue();
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(header.getCell(0).getStringCellValue()).isEqualTo("doc");
            }
            assertThat(book.getSheet("passages").getLastRowNum()).isEqualTo(9);
        }
    }

    @Test
    void targetCellsAreTypedAndMatchTheRecords() throws IOException {
        try (XSSFWorkbook book = write(List.of(RecordType.TARGETS))) {
            Sheet sheet = book.getSheet("targets");
            Row row = rowOf(sheet, SamplePlans.NOORD_ROKEN.text());
            TargetRecord t = SamplePlans.NOORD_ROKEN;
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(t.doc());
            assertThat(numeric(row.getCell(1))).isEqualTo(3);
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo(SamplePlans.TRICKY_TEXT);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("deadline_year");
            assertThat(sheet.getRow(0).getCell(5).getStringCellValue()).isEqualTo("deadline_date");
            assertThat(numeric(row.getCell(4))).as("deadline_year").isEqualTo(2027);
            assertThat(new DataFormatter().formatCellValue(row.getCell(4))).isEqualTo("2027");
            assertThat(row.getCell(5)).as("a year deadline has no date").isNull();
            assertThat(numeric(row.getCell(6))).isEqualTo(12.5);
            assertThat(numeric(row.getCell(9))).isEqualTo(31.1);
            assertThat(row.getCell(12).getCellType()).isEqualTo(CellType.BOOLEAN);
            assertThat(row.getCell(12).getBooleanCellValue()).isTrue();
            assertThat(row.getCell(14).getStringCellValue()).isEqualTo("A|G");
            assertThat(row.getCell(17).getStringCellValue()).isEqualTo("3|12");
            assertThat(numeric(row.getCell(19))).isEqualTo(0.85);

            Row hybride = rowOf(sheet, SamplePlans.NOORD_HYBRIDE.text());
            assertThat(hybride.getCell(4).getCellType()).as("every deadline_year is a number").isEqualTo(CellType.NUMERIC);
            assertThat(numeric(hybride.getCell(4))).isEqualTo(2025);
            assertThat(hybride.getCell(5).getStringCellValue()).as("a date deadline keeps its date").isEqualTo("2025-01-01");
            assertThat(hybride.getCell(9)).as("null leaves the cell empty").isNull();
            assertThat(hybride.getCell(12).getBooleanCellValue()).isFalse();
            assertThat(sheet.getColumnWidth(3)).as("long text gets a wide, but bounded, column")
                    .isGreaterThan(sheet.getColumnWidth(1)).isLessThanOrEqualTo(70 * 256);
        }
    }

    private static Row rowOf(Sheet sheet, String text) {
        for (Row row : sheet) if (row.getCell(3).getStringCellValue().equals(text)) return row;
        throw new AssertionError("no row with text " + text);
    }

    private static double numeric(Cell cell) {
        assertThat(cell.getCellType()).isEqualTo(CellType.NUMERIC);
        return cell.getNumericCellValue();
    }

    private XSSFWorkbook write(List<RecordType> types) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExportWriter().write(RecordSelection.select(documents, types, RecordFilter.NONE), out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
