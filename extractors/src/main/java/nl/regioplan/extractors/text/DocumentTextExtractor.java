package nl.regioplan.extractors.text;

import java.nio.file.Path;

/** Turns one PDF into page-aware clean text (one interface, as Tika's Parser; implementations may differ). */
public interface DocumentTextExtractor {
    /**
     * @param pdf    the file to read
     * @param doc    the document id to record (file name without .pdf)
     * @param sha256 hex SHA-256 of the file's bytes, which the caller has computed (an ingest hashes while it
     *               copies the file into the data folder), so the file is not read once more to hash it
     * @throws ExtractionException when the file is empty, not a PDF, encrypted, damaged or has no text at all
     */
    DocumentText extract(Path pdf, String doc, String sha256) throws ExtractionException;

    /** The same for a file nobody has hashed yet: reads it once to hash it, then to parse it. */
    default DocumentText extract(Path pdf, String doc) throws ExtractionException {
        return extract(pdf, doc, PdfFileHash.sha256(pdf));
    }
}
