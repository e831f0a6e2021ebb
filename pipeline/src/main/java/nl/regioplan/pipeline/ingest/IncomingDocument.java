package nl.regioplan.pipeline.ingest;

import java.nio.file.Path;

/**
 * A file about to be ingested, with what its source says about it (manifest columns; any may be null).
 *
 * @param file      the local bytes (for a manifest entry: the downloaded copy)
 * @param source    where it came from, as the user named it (path or URL)
 * @param docId     the manifest's id, else null (then the file name without .pdf)
 * @param publisher who published it, as a folder's catalogue says ("Raad van Almere"), else null
 */
public record IncomingDocument(Path file, String source, String docId, String region, String title, String type,
                               String publisher) {
    public IncomingDocument(Path file, String source, String docId, String region, String title, String type) {
        this(file, source, docId, region, title, type, null);
    }

    public static IncomingDocument ofFile(Path file) {
        return new IncomingDocument(file, file.toString(), null, null, null, null);
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
