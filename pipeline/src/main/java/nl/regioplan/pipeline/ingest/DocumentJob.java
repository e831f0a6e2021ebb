package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.pipeline.store.RawCopy;

/**
 * One document on its way through the ingest route; each stage returns a copy with its output filled in.
 *
 * @param raw     the incoming bytes copied into the data folder while they were hashed, until the raw stage keeps them
 * @param context title, region and publication year, decided once before the records are read; the catalog keeps them
 */
public record DocumentJob(IncomingDocument incoming, String doc, String sha256, boolean unchanged, RawCopy raw,
                          DocumentText text, DocumentContext context, DocumentRecords records) {
    public static DocumentJob of(IncomingDocument incoming) {
        return new DocumentJob(incoming, null, null, false, null, null, null, null);
    }

    DocumentJob identified(String doc, RawCopy raw, boolean unchanged) {
        return new DocumentJob(incoming, doc, raw.sha256(), unchanged, unchanged ? null : raw, text, context, records);
    }

    DocumentJob withText(DocumentText text) {
        return new DocumentJob(incoming, doc, sha256, unchanged, raw, text, context, records);
    }

    DocumentJob withRecords(DocumentContext context, DocumentRecords records) {
        return new DocumentJob(incoming, doc, sha256, unchanged, raw, text, context, records);
    }
}
