package nl.regioplan.extractors.text;

import java.nio.file.Path;

/** Turns one PDF into page-aware clean text (one interface, as Tika's Parser; implementations may differ). */
public interface DocumentTextExtractor {
    /**
     * @param pdf the file to read
     * @param doc the document id to record (file name without .pdf)
     * @throws ExtractionException when the file is empty, not a PDF, encrypted, damaged or has no text at all
     */
    DocumentText extract(Path pdf, String doc) throws ExtractionException;
}
