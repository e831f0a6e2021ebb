package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.pipeline.store.CatalogEntry;

import java.util.List;

/**
 * The index stage of the ingest route. A document's entries replace its old ones all at once, and several
 * documents share one commit (a commit per document cost an ingest a sixth of its time); whatever depends on
 * the document being in the index (its catalog entry) waits for the commit that holds it.
 */
public interface DocumentIndexer extends AutoCloseable {
    /**
     * Puts the document's entries in place of its old ones; they become visible and durable at a later commit,
     * after which {@code afterCommit} runs (on the committing thread).
     */
    void replace(CatalogEntry entry, DocumentRecords records, AfterCommit afterCommit);

    /** Commits what is pending now and runs its {@link AfterCommit}s. */
    void commit();

    /** Removes the document's entries and commits (with whatever else is pending); false when there were none. */
    boolean remove(String doc);

    /** The documents an older version indexed without hit keys (see {@link IndexUpgrade}); none where the index cannot tell. */
    default List<String> documentsWithoutHitKeys() {
        return List.of();
    }

    /** Commits what is pending, then closes. */
    @Override
    void close();

    /** What waits for a document's commit. */
    interface AfterCommit {
        /** The commit holding the document is done. */
        void committed();

        /** The commit that should have held it failed: the document is not (durably) in the index. */
        void failed(RuntimeException error);
    }
}
