package nl.regioplan.pipeline.themes;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The matrix as RFC 4180 CSV: region, documents, pages, then a column per theme code. */
public final class CsvMatrixRenderer implements MatrixRenderer {
    @Override
    public void render(ThemeMatrix matrix, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> header = new ArrayList<>(List.of("region", "documents", "pages"));
        matrix.themes().forEach(t -> header.add(t.code()));
        printer.printRecord(header);
        for (ThemeMatrix.Row row : matrix.rows()) {
            List<String> cells = new ArrayList<>(List.of(row.region(), Integer.toString(row.documents()), Integer.toString(row.pages())));
            row.values().forEach(v -> cells.add(matrix.format(v)));
            printer.printRecord(cells);
        }
        printer.flush();
    }
}
