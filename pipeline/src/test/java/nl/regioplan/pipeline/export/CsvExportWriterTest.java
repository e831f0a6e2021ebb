package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.themes.SamplePlans;
import nl.regioplan.pipeline.themes.SamplePlansFixture;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvExportWriterTest extends SamplePlansFixture {
    @Test
    void targetsReadBackFieldByFieldWithTheJsonFieldNamesAsHeader() throws IOException {
        List<CSVRecord> rows = parse(export(RecordType.TARGETS, CsvDialect.RFC_4180), CSVFormat.RFC4180);

        assertThat(rows.getFirst().values()).containsExactly("doc", "page", "kind", "text", "deadline_year", "deadline_date", "quantity", "unit",
                "comparator", "baseline_value", "baseline_year", "subject", "source_quoted", "region", "themes", "parties",
                "section", "pages", "method", "confidence");
        assertThat(rows).hasSize(1 + 6);
        CSVRecord roken = rowOf(rows, SamplePlans.NOORD_ROKEN.text());
        TargetRecord t = SamplePlans.NOORD_ROKEN;
        assertThat(roken.values()).containsExactly(t.doc(), "3", t.kind(), t.text(), "2027", "", "12.5", "percent", "<=",
                "31.1", "2022", "rokers", "true", "Regio Noord", "A|G", "GGD Noord|Gemeente Groningen", "Preventie > Roken",
                "3|12", "rule", "0.85");
        CSVRecord hybride = rowOf(rows, SamplePlans.NOORD_HYBRIDE.text());
        assertThat(hybride.get(4)).as("deadline_year is a year for a date deadline too").isEqualTo("2025");
        assertThat(hybride.get(5)).isEqualTo("2025-01-01");
        assertThat(hybride.get(6)).as("1500.0 is written without a decimal").isEqualTo("1500");
        assertThat(hybride.get(9)).as("null is empty").isEmpty();
        assertThat(hybride.get(12)).isEqualTo("false");
    }

    @Test
    void textWithSemicolonQuoteNewlineAndDiaeresisRoundTrips() throws IOException {
        String csv = export(RecordType.TARGETS, CsvDialect.RFC_4180);
        assertThat(parse(csv, CSVFormat.RFC4180)).extracting(r -> r.get(3)).contains(SamplePlans.TRICKY_TEXT);
        assertThat(SamplePlans.TRICKY_TEXT).contains(";", "\"", "\n", "ë");
    }

    @Test
    void yearMentionsAreWrittenAsWholeNumbers() throws IOException {
        List<CSVRecord> rows = parse(export(RecordType.YEARS, CsvDialect.RFC_4180), CSVFormat.RFC4180);
        assertThat(rows.get(1).get(3)).isEqualTo("2027");
    }

    @Test
    void excelNlFileStartsWithBomUsesSemicolonsDecimalCommaAndCrlf() throws IOException {
        byte[] bytes = exportBytes(RecordType.TARGETS, CsvDialect.EXCEL_NL);

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        String headerLine = text.substring(0, text.indexOf("\r\n"));
        assertThat(headerLine).startsWith("doc;page;kind;text;deadline_year;deadline_date;quantity;").doesNotContain(",");
        List<CSVRecord> rows = parse(text, CSVFormat.RFC4180.builder().setDelimiter(';').get());
        CSVRecord roken = rowOf(rows, SamplePlans.TRICKY_TEXT);
        assertThat(roken.get(6)).isEqualTo("12,5");
        assertThat(roken.get(9)).isEqualTo("31,1");
        assertThat(roken.get(19)).isEqualTo("0,85");
        assertThat(roken.get(4)).isEqualTo("2027");
        assertThat(roken.get(3)).as("text keeps its own punctuation").contains("12,5%; de \"rookvrije");
        assertThat(text.split("\r\n", -1)).as("every record ends in CRLF").hasSizeGreaterThan(rows.size());
        assertThat(text).endsWith("\r\n");
    }

    private String export(RecordType type, CsvDialect dialect) throws IOException {
        return new String(exportBytes(type, dialect), StandardCharsets.UTF_8);
    }

    private byte[] exportBytes(RecordType type, CsvDialect dialect) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExportWriter(dialect).write(RecordSelection.select(documents, List.of(type), RecordFilter.NONE), out);
        return out.toByteArray();
    }

    /** The row whose text column holds this text. */
    static CSVRecord rowOf(List<CSVRecord> rows, String text) {
        return rows.stream().filter(r -> r.size() > 3 && r.get(3).equals(text)).findFirst().orElseThrow();
    }

    static List<CSVRecord> parse(String csv, CSVFormat format) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
            return parser.getRecords();
        }
    }
}
