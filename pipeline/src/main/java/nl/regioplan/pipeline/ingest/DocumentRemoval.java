package nl.regioplan.pipeline.ingest;

import nl.regioplan.pipeline.store.DataStore;

import java.util.List;

/**
 * Removes a document everywhere in the order that never leaves a ghost (a document the catalog no longer lists
 * while search still finds it): a removal note, then the index entries (one commit), then the catalog entry,
 * then the stage files, then the note. Killed anywhere in between, the catalog still lists the document until
 * its index entries are gone, and the next ingest or remove finishes the job from the note.
 */
public final class DocumentRemoval {
    private final DataStore store;
    private final DocumentIndexer indexer;

    public DocumentRemoval(DataStore store, DocumentIndexer indexer) {
        this.store = store;
        this.indexer = indexer;
    }

    /** @return false when the data folder held nothing of the document */
    public boolean remove(String doc) {
        boolean held = store.holds(doc);
        store.beginRemoval(doc);
        boolean indexed = indexer.remove(doc);
        store.delete(doc);
        return held || indexed;
    }

    /** Finishes removals an earlier process began and did not end; returns their documents. */
    public List<String> completeInterrupted() {
        List<String> docs = store.interruptedRemovals();
        for (String doc : docs) {
            indexer.remove(doc);
            store.delete(doc);
        }
        return docs;
    }
}
