package nl.regioplan.pipeline.export;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One record type as JSON Lines: each record exactly as the data folder stores it, one per line. */
public final class JsonlExportWriter implements ExportWriter {
    private static final ObjectWriter LINE = DataStore.json().writer().without(SerializationFeature.INDENT_OUTPUT);

    @Override
    public void write(List<ExportSheet> sheets, OutputStream out) throws IOException {
        if (sheets.size() != 1) throw new IllegalArgumentException("a JSON Lines file holds one record type, not " + sheets.size());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        for (Object record : sheets.getFirst().records()) {
            writer.write(LINE.writeValueAsString(record));
            writer.write('\n');
        }
        writer.flush();
    }
}
