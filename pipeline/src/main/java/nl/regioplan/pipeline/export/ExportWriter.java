package nl.regioplan.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** Writes chosen records in one file format. The stream is the caller's to close. */
public interface ExportWriter {
    /** False for formats that hold one record type per file (CSV, JSON Lines). */
    boolean holdsManySheets();

    /** The file name ending, without the dot. */
    String extension();

    void write(List<ExportSheet> sheets, OutputStream out) throws IOException;
}
