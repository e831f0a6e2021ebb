package nl.regioplan.pipeline.source;

import nl.regioplan.pipeline.ingest.IncomingDocument;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a folder says about its files, so titles, types and regions reach the index without a manifest:
 * a {@code manifest.csv} (id,url,region,title,type; url a file name in the folder) or a catalogue
 * {@code index.csv} (file,title,publisher,publication_date,document_type[,region]), whichever is there.
 */
final class FolderDescription {
    private FolderDescription() {
    }

    static List<IncomingDocument> describe(Path folder, List<Path> pdfs) {
        Map<String, IncomingDocument> byFile = new HashMap<>();
        Path manifest = folder.resolve("manifest.csv");
        Path index = folder.resolve("index.csv");
        if (Files.isRegularFile(manifest)) read(manifest, folder, "url", "id", "type", byFile);
        else if (Files.isRegularFile(index)) read(index, folder, "file", null, "document_type", byFile);
        return pdfs.stream().map(p -> byFile.getOrDefault(p.getFileName().toString(), IncomingDocument.ofFile(p))).toList();
    }

    private static void read(Path csv, Path folder, String fileColumn, String idColumn, String typeColumn,
                             Map<String, IncomingDocument> byFile) {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            if (!parser.getHeaderMap().containsKey(fileColumn)) return;
            for (CSVRecord row : parser) {
                String name = Path.of(row.get(fileColumn)).getFileName().toString();
                Path file = folder.resolve(name);
                byFile.put(name, new IncomingDocument(file, file.toString(), value(row, idColumn),
                        value(row, "region"), value(row, "title"), value(row, typeColumn), value(row, "publisher"),
                        value(row, "publication_date")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(csv + " is not a valid CSV: " + e.getMessage(), e);
        }
    }

    private static String value(CSVRecord row, String column) {
        if (column == null || !row.isMapped(column) || !row.isSet(column)) return null;
        String v = row.get(column).strip();
        return v.isEmpty() ? null : v;
    }
}
