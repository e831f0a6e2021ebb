package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.export.ExportFiles;
import nl.regioplan.pipeline.export.ExportFormat;
import nl.regioplan.pipeline.export.ExportSheet;
import picocli.CommandLine.Option;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** How and where export writes the sheets it chose: the format, its Excel dialect, and a file or a folder. */
final class ExportOutput {
    @Option(names = "--format", paramLabel = "FORMAT", description = "csv (default), jsonl or xlsx.")
    String format;

    @Option(names = "--excel-nl", description = "CSV that Dutch Excel opens by double-click: BOM, ';', decimal comma.")
    boolean excelNl;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output (needed for xlsx); a folder"
            + " (an existing one, or one ending in /) gets files named after the types.")
    String out;

    /** Writes the sheets and, when they went to files, says which on standard error. */
    void write(List<ExportSheet> sheets) throws IOException {
        ExportFormat exportFormat = format == null ? ExportFormat.CSV : ExportFormat.parse(format);
        List<ExportFiles.Written> written = ExportFiles.write(sheets, exportFormat, exportFormat.writer(excelNl),
                outPath(), System.out);
        if (out != null)
            for (ExportFiles.Written w : written) System.err.printf("wrote %d %s to %s%n", w.records(), w.type(), w.file());
    }

    /** "exports/" means a folder even before it exists; Path would drop the slash that says so. */
    private Path outPath() throws IOException {
        if (out == null) return null;
        Path path = Path.of(out);
        if (out.endsWith("/") || out.endsWith(File.separator)) Files.createDirectories(path);
        return path;
    }
}
