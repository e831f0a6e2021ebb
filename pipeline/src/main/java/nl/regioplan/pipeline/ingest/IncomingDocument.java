package nl.regioplan.pipeline.ingest;

import java.nio.file.Path;

/**
 * A file about to be ingested, with what its source says about it (manifest columns; any may be null).
 *
 * @param file      the local bytes (for a manifest entry: the downloaded copy)
 * @param source    where it came from, as the user named it (path or URL)
 * @param docId     the manifest's id, else null (then the file name without .pdf)
 * @param publisher who published it, as a folder's catalogue says ("Raad van Almere"), else null
 * @param published when it was published, as the catalogue says ("2022-02-01" or "2022"), else null
 */
public record IncomingDocument(Path file, String source, String docId, String region, String title, String type,
                               String publisher, String published) {
    public IncomingDocument(Path file, String source, String docId, String region, String title, String type) {
        this(file, source, docId, region, title, type, null, null);
    }

    public IncomingDocument(Path file, String source, String docId, String region, String title, String type,
                            String publisher) {
        this(file, source, docId, region, title, type, publisher, null);
    }

    /** The publication year the source gives, or null. */
    public Integer publicationYear() {
        if (published == null || !published.strip().matches("(19|20)\\d\\d.*")) return null;
        return Integer.valueOf(published.strip().substring(0, 4));
    }

    /** The source dates the document in the first half of its year ("2022-02-01"): that year is still ahead. */
    public boolean publishedEarlyInYear() {
        if (published == null || !published.strip().matches("(19|20)\\d\\d-\\d\\d.*")) return false;
        return Integer.parseInt(published.strip().substring(5, 7)) <= 6;
    }

    public static IncomingDocument ofFile(Path file) {
        return new IncomingDocument(file, file.toString(), null, null, null, null);
    }

    public String fileName() {
        return file.getFileName().toString();
    }
}
