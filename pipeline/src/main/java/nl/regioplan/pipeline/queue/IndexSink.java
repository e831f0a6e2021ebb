package nl.regioplan.pipeline.queue;

import nl.regioplan.pipeline.ingest.DocumentIndexer;
import nl.regioplan.pipeline.ingest.LuceneDocumentIndexer;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.solr.SolrAddress;
import nl.regioplan.solr.SolrSearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where a worker's documents are indexed, and how it asks whether a document's bytes are indexed already: the data
 * folder's embedded index (one writer: one worker per data folder; its catalog says what is indexed), or a
 * SolrCloud collection that any number of workers write to at once (the collection says, whichever worker did it).
 */
record IndexSink(String address, DocumentIndexer indexer, Lookup lookup) {

    /** Whether the index holds the document with exactly these bytes. */
    @FunctionalInterface
    interface Lookup {
        boolean holds(String doc, String sha256);
    }

    /** @param address solr://ZKHOST/COLLECTION, or null for the data folder's own index */
    static IndexSink open(String address, DataStore store, PipelineComponents components) throws IOException {
        if (address == null) {
            return new IndexSink(store.indexDir().toString(), components.openIndexer(store), (doc, sha) -> {
                Optional<CatalogEntry> entry = store.catalogEntry(doc);
                return entry.isPresent() && entry.get().sha256().equals(sha) && entry.get().region() != null;
            });
        }
        SolrSearchIndex solr = SolrSearchIndex.open(SolrAddress.parse(address));
        return new IndexSink(solr.address(), new LuceneDocumentIndexer(solr), (doc, sha) -> {
            try {
                return solr.sha256Of(doc).filter(sha::equals).isPresent();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot ask " + address + " what it holds: " + e.getMessage(), e);
            }
        });
    }
}
