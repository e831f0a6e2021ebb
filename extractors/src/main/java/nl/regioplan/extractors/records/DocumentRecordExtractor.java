package nl.regioplan.extractors.records;

import nl.regioplan.extractors.text.DocumentText;

/** Turns a document's clean text into its records. Implementations must be thread-safe. */
public interface DocumentRecordExtractor {
    DocumentRecords extract(DocumentText text, DocumentContext context);
}
