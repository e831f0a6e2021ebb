package nl.regioplan.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.index.search.ThemeMatrix;

/**
 * Where the records of the plans are indexed and searched: the embedded Lucene index of a data folder
 * ({@code PlanIndex} in regioplan-index) or a SolrCloud collection ({@code SolrSearchIndex} in regioplan-solr).
 * Both analyse Dutch with the word lists of this module and answer the same query syntax, so callers (ingest,
 * worker, search, serve, status) need not know which one they hold.
 *
 * <p>Every implementation keeps these promises: a search never sees a document half-replaced (its old records
 * and its new ones are never both visible, nor neither while it is being replaced); a change is durable once
 * {@link #replace}, {@link #remove} or {@link #commit} returned; searching is thread-safe.
 */
public interface SearchIndex extends Closeable {
    /** Puts a document's records in place of whatever the index held for it, visible and durable on return. */
    void replace(IndexedDocument document) throws IOException;

    /** The same, visible and durable at the next {@link #commit} at the latest; thread-safe. */
    void replaceWithoutCommit(IndexedDocument document) throws IOException;

    /** Makes every change so far visible and durable. */
    void commit() throws IOException;

    /** Removes every record of a document, visible and durable on return; true if the index held it. */
    boolean remove(String doc) throws IOException;

    /**
     * Claims the right to write now rather than at the first change, so a second writer is refused before it does
     * any work. Sinks that take many writers at once (SolrCloud) accept it and do nothing.
     */
    default void lockForWriting() throws IOException {
    }

    /** The indexed documents, by id. */
    List<DocumentEntry> documents() throws IOException;

    /**
     * The documents an older version indexed without hit keys ({@link nl.regioplan.index.schema.Fields#HIT_KEY}),
     * whose records each count as a hit of their own; empty where the sink cannot tell.
     */
    default List<String> documentsWithoutHitKeys() throws IOException {
        return List.of();
    }

    /**
     * Hits (best record per page), total and facet counts (drill sideways); throws
     * {@link nl.regioplan.index.search.QuerySyntaxException} with a readable message on a bad query and
     * {@link nl.regioplan.index.search.QueryTooCostlyException} on one past {@link nl.regioplan.index.search.QueryLimits}.
     */
    SearchResult search(SearchRequest request) throws IOException;

    /** Region x theme counts of passages and of targets. */
    ThemeMatrix themeMatrix() throws IOException;

    /** Where this index lives, for messages: a folder, or solr://ZKHOST/COLLECTION. */
    String address();
}
