package nl.regioplan.pipeline.export;

import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One record type as CSV in UTF-8: a header row of the JSON field names, then a row per record. */
public final class CsvExportWriter implements ExportWriter {
    private final CsvDialect dialect;

    public CsvExportWriter(CsvDialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
        if (sheets.size() != 1) throw new IllegalArgumentException("a CSV file holds one record type, not " + sheets.size());
        ExportSheet sheet = sheets.getFirst();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if (dialect.byteOrderMark()) writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, dialect.format());
        printer.printRecord(sheet.header());
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < sheet.size(); i++) {
            cells.clear();
            for (Object value : sheet.row(i)) cells.add(dialect.text(value));
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
