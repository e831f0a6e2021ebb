package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.pipeline.store.CatalogEntry;

/** The index stage of the ingest route: replaces all of a document's entries at once, atomically. */
public interface DocumentIndexer extends AutoCloseable {
    void replace(CatalogEntry entry, DocumentText text, DocumentRecords records);

    /** Removes the document's entries and commits; false when there were none. */
    boolean remove(String doc);

    @Override
    void close();
}
