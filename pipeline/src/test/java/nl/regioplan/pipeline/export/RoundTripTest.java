package nl.regioplan.pipeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.SamplePlans;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every record of every type, written and read back, against the record's own JSON: what a user loading the
 * file into another tool gets is what the data folder holds.
 */
class RoundTripTest {
    @TempDir
    Path folder;
    List<ExportSheet> sheets;

    @BeforeEach
    void sample() {
        sheets = RecordSelection.select(PlanDocument.load(SamplePlans.write(folder)), List.of(RecordType.values()), RecordFilter.NONE);
    }

    @Test
    void csvCellsReadBackAsTheJsonValues() throws IOException {
        for (CsvDialect dialect : CsvDialect.values()) {
            for (ExportSheet sheet : sheets) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new CsvExportWriter(dialect).write(List.of(sheet), out);
                String text = out.toString(StandardCharsets.UTF_8);
                if (dialect.byteOrderMark()) text = text.substring(1);
                List<CSVRecord> rows = CsvExportWriterTest.parse(text, dialect.format());
                assertThat(rows).hasSize(sheet.size() + 1);
                assertThat(rows.getFirst().values()).containsExactlyElementsOf(sheet.header());
                for (int i = 0; i < sheet.size(); i++) {
                    JsonNode json = DataStore.json().valueToTree(sheet.records().get(i));
                    for (int c = 0; c < sheet.header().size(); c++) {
                        String where = dialect + " " + sheet.name() + "[" + i + "]." + sheet.header().get(c);
                        assertCsvCell(rows.get(i + 1).get(c), field(json, sheet.header().get(c)), dialect, where);
                    }
                }
            }
        }
    }

    @Test
    void xlsxCellsReadBackAsTheJsonValues() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExportWriter().write(sheets, out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (ExportSheet expected : sheets) {
                Sheet sheet = book.getSheet(expected.name());
                assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
                for (int i = 0; i < expected.size(); i++) {
                    JsonNode json = DataStore.json().valueToTree(expected.records().get(i));
                    Row row = sheet.getRow(i + 1);
                    for (int c = 0; c < expected.header().size(); c++) {
                        String where = expected.name() + "[" + i + "]." + expected.header().get(c);
                        assertXlsxCell(row.getCell(c), field(json, expected.header().get(c)), where);
                    }
                }
            }
        }
    }

    private static void assertCsvCell(String cell, JsonNode field, CsvDialect dialect, String where) {
        if (field.isNull()) assertThat(cell).as(where).isEmpty();
        else if (field.isNumber()) assertThat(Double.parseDouble(cell.replace(',', '.'))).as(where).isEqualTo(field.asDouble());
        else if (field.isBoolean()) assertThat(Boolean.parseBoolean(cell)).as(where).isEqualTo(field.asBoolean());
        else if (field.isArray()) assertThat(cell.isEmpty() ? List.of() : List.of(cell.split("\\|"))).as(where).isEqualTo(texts(field));
        else assertThat(cell).as(where).isEqualTo(field.asText());
        if (field.isNumber() && dialect == CsvDialect.RFC_4180) assertThat(cell).as(where).doesNotContain(",", "E");
    }

    private static void assertXlsxCell(Cell cell, JsonNode field, String where) {
        if (field.isNull()) {
            assertThat(cell).as(where).isNull();
            return;
        }
        if (field.isNumber()) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(where).isEqualTo(field.asDouble());
        } else if (field.isBoolean()) {
            assertThat(cell.getCellType()).as(where).isEqualTo(CellType.BOOLEAN);
            assertThat(cell.getBooleanCellValue()).as(where).isEqualTo(field.asBoolean());
        } else if (field.isArray()) {
            String text = cell == null ? "" : cell.getStringCellValue();
            assertThat(text.isEmpty() ? List.of() : List.of(text.split("\\|"))).as(where).isEqualTo(texts(field));
        } else {
            assertThat(cell.getStringCellValue()).as(where).isEqualTo(field.asText());
        }
    }

    /** The JSON value a column holds; a target's deadline is split into its year and, for a date, the date. */
    private static JsonNode field(JsonNode json, String column) {
        JsonNode deadline = json.path("deadline");
        return switch (column) {
            case "deadline_year" -> deadline.isMissingNode() || deadline.isNull() ? NullNode.getInstance()
                    : IntNode.valueOf(deadline.isNumber() ? deadline.asInt() : Integer.parseInt(deadline.asText().substring(0, 4)));
            case "deadline_date" -> deadline.isTextual() ? deadline : NullNode.getInstance();
            default -> json.get(column);
        };
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(e -> texts.add(e.asText()));
        return texts;
    }
}
