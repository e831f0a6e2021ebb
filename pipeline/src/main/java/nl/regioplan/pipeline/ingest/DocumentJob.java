package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;

/** One document on its way through the ingest route; each stage returns a copy with its output filled in. */
public record DocumentJob(IncomingDocument incoming, String doc, String sha256, boolean unchanged,
                          DocumentText text, DocumentRecords records) {
    public static DocumentJob of(IncomingDocument incoming) {
        return new DocumentJob(incoming, null, null, false, null, null);
    }

    DocumentJob identified(String doc, String sha256, boolean unchanged) {
        return new DocumentJob(incoming, doc, sha256, unchanged, text, records);
    }

    DocumentJob withText(DocumentText text) {
        return new DocumentJob(incoming, doc, sha256, unchanged, text, records);
    }

    DocumentJob withRecords(DocumentRecords records) {
        return new DocumentJob(incoming, doc, sha256, unchanged, text, records);
    }
}
