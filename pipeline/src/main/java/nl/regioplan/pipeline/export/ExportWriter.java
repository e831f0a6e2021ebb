package nl.regioplan.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes chosen records in one file format. The stream is the caller's to close. */
public interface ExportWriter {
    void write(List<ExportSheet> sheets, OutputStream out) throws IOException;
}
