package nl.regioplan.pipeline.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts chosen records where the user asked: standard output, one file, or, for several record types in a
 * one-type-per-file format, a folder with a file per type (targets.csv, passages.csv, ...). Files are written
 * next to their place and moved in, so an interrupted export never leaves half a spreadsheet.
 */
public final class ExportFiles {
    /** What ended up where. */
    public record Written(String type, int records, Path file) {
    }

    private ExportFiles() {
    }

    /**
     * @param out a file; a folder, which gets files named after the record types (targets.csv, records.xlsx for
     *            all types in one workbook); or null for standard output
     * @param writer {@code format}'s writer, in the dialect the caller chose ({@link ExportFormat#writer})
     */
    public static List<Written> write(List<ExportSheet> sheets, ExportFormat format, ExportWriter writer, Path out,
                                      OutputStream stdout) throws IOException {
        if (format.holdsManySheets()) {
            if (out == null) throw new IllegalArgumentException(format.extension() + " is a binary file: give --out FILE." + format.extension());
            Path file = Files.isDirectory(out) ? out.resolve((sheets.size() == 1 ? sheets.getFirst().name() : "records") + "." + format.extension()) : out;
            writeFile(sheets, writer, file);
            return sheets.stream().map(s -> new Written(s.name(), s.size(), file)).toList();
        }
        if (sheets.size() == 1) {
            ExportSheet sheet = sheets.getFirst();
            if (out == null) {
                writer.write(sheets, stdout);
                stdout.flush();
                return List.of(new Written(sheet.name(), sheet.size(), null));
            }
            Path file = Files.isDirectory(out) ? out.resolve(sheet.name() + "." + format.extension()) : out;
            writeFile(sheets, writer, file);
            return List.of(new Written(sheet.name(), sheet.size(), file));
        }
        if (out == null || Files.isRegularFile(out))
            throw new IllegalArgumentException("several record types in " + format.extension()
                    + " make a file each: give --out FOLDER (or use --format xlsx for one workbook)");
        Files.createDirectories(out);
        List<Written> written = new ArrayList<>();
        for (ExportSheet sheet : sheets) {
            Path file = out.resolve(sheet.name() + "." + format.extension());
            writeFile(List.of(sheet), writer, file);
            written.add(new Written(sheet.name(), sheet.size(), file));
        }
        return written;
    }

    private static void writeFile(List<ExportSheet> sheets, ExportWriter writer, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        // Not createTempFile: its owner-only permissions would carry over to the export.
        Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                writer.write(sheets, out);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
