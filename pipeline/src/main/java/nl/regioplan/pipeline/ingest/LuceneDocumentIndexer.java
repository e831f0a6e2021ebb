package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.CatalogEntry;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The ingest route's index stage over the embedded Lucene index in the data folder. */
public final class LuceneDocumentIndexer implements DocumentIndexer {
    private final PlanIndex index;

    public LuceneDocumentIndexer(PlanIndex index) {
        this.index = index;
    }

    @Override
    public void replace(CatalogEntry entry, DocumentText text, DocumentRecords records) {
        try {
            index.replace(IndexEntries.of(entry, records));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + entry.doc() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public boolean remove(String doc) {
        try {
            return index.remove(doc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + doc + " from the index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            index.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
