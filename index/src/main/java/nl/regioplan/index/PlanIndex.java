package nl.regioplan.index;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.search.FacetedSearcher;
import nl.regioplan.index.search.PlanSearch;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.index.search.ThemeMatrix;
import nl.regioplan.index.write.PlanWriter;

/**
 * The plan index in one directory: search it from any number of threads and processes, change it from one.
 *
 * <p>Searches see the last commit: each search first picks up a newer commit if one appeared (from this
 * PlanIndex or from an ingest in another process), and never sees a change half-done. The write lock is
 * taken by the first {@link #replace} or {@link #remove} and held until {@link #close}; a second writer gets
 * an {@link nl.regioplan.index.write.IndexLockedException} saying who holds it.
 */
public final class PlanIndex implements SearchIndex {
    private final Path location;
    private final Directory directory;
    private final PlanSearch search = new PlanSearch();
    private PlanWriter writer;
    private volatile SearcherManager searchers;

    private PlanIndex(Path location, Directory directory) {
        this.location = location;
        this.directory = directory;
    }

    /** Opens the index in a directory, creating the directory if needed; takes no lock. */
    public static PlanIndex open(Path location) throws IOException {
        Files.createDirectories(location);
        return new PlanIndex(location.toAbsolutePath(), FSDirectory.open(location));
    }

    public Path location() {
        return location;
    }

    @Override
    public String address() {
        return location.toString();
    }

    /** Puts a document's records in place of whatever the index held for it, in one atomic commit. */
    @Override
    public synchronized void replace(IndexedDocument document) throws IOException {
        writer().replace(document);
    }

    /**
     * Puts a document's records in place of whatever the index held for it, visible (and durable) at the next
     * {@link #commit}, all at once. One at a time, as {@link #replace} is: documents then take index positions in
     * the order they arrive, which is what breaks ties between equal scores (two versions of one accord).
     */
    @Override
    public synchronized void replaceWithoutCommit(IndexedDocument document) throws IOException {
        writer().replaceWithoutCommit(document);
    }

    /** Commits every change made so far (no-op work for Lucene when there is none). */
    @Override
    public synchronized void commit() throws IOException {
        writer().commit();
    }

    /** Removes every record of a document in one commit; true if the index held it. */
    @Override
    public synchronized boolean remove(String doc) throws IOException {
        boolean held = documents().stream().anyMatch(entry -> entry.doc().equals(doc));
        writer().remove(doc);
        return held;
    }

    /**
     * Takes the write lock now rather than at the first change, so a second writer is refused before it does
     * any work; {@link nl.regioplan.index.write.IndexLockedException} if another writer holds it.
     */
    @Override
    public synchronized void lockForWriting() throws IOException {
        writer();
    }

    /** The indexed documents, by id. */
    @Override
    public List<DocumentEntry> documents() throws IOException {
        return withSearcher(searcher -> search.documents(searcher));
    }

    /**
     * Read through a reader of its own, not the searchers: only an ingest asks, at its start, and a searcher would
     * build the facet ordinals and hit ids of every entry (a second at 50 times the shared corpus) for nothing.
     */
    @Override
    public List<String> documentsWithoutHitKeys() throws IOException {
        if (!DirectoryReader.indexExists(directory)) return List.of();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return search.documentsWithoutHitKeys(new IndexSearcher(reader));
        }
    }

    /** Hits, total and facet counts; throws QuerySyntaxException with a readable message on a bad query. */
    @Override
    public SearchResult search(SearchRequest request) throws IOException {
        return withSearcher(searcher -> search.search(searcher, request));
    }

    @Override
    public ThemeMatrix themeMatrix() throws IOException {
        return withSearcher(search::themeMatrix);
    }

    /** Bytes of the last commit's files (and of any files an ingest is writing). */
    public long sizeInBytes() throws IOException {
        long size = 0;
        for (String file : directory.listAll()) {
            try {
                size += directory.fileLength(file);
            } catch (NoSuchFileException | FileNotFoundException e) {
                // merged away between listing and measuring
            }
        }
        return size;
    }

    private PlanWriter writer() throws IOException {
        if (writer == null) {
            writer = PlanWriter.open(directory, location);
        }
        return writer;
    }

    private interface SearcherWork<T> {
        T apply(FacetedSearcher searcher) throws IOException;
    }

    private <T> T withSearcher(SearcherWork<T> work) throws IOException {
        SearcherManager manager = searchers();
        if (manager == null) {
            return work.apply(null);
        }
        FacetedSearcher searcher = (FacetedSearcher) manager.acquire();
        // A commit is a new segments_N file with a higher N: a listing of the directory tells whether one appeared,
        // where the manager's own check reads the newest segments_N file whole on every search. Refreshed blocking,
        // so a search never starts on an older commit than one a previous call returned after.
        if (searcher.generation() != SegmentInfos.getLastCommitGeneration(directory.listAll())) {
            manager.release(searcher);
            manager.maybeRefreshBlocking();
            searcher = (FacetedSearcher) manager.acquire();
        }
        try {
            return work.apply(searcher);
        } finally {
            manager.release(searcher);
        }
    }

    /** Null until the directory holds a first commit (an ingest in another process may be writing it). */
    private SearcherManager searchers() throws IOException {
        SearcherManager manager = searchers;
        if (manager == null) {
            synchronized (this) {
                if (searchers == null && DirectoryReader.indexExists(directory)) {
                    searchers = new SearcherManager(directory, FacetedSearcher.factory());
                }
                manager = searchers;
            }
        }
        return manager;
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            if (searchers != null) {
                searchers.close();
            }
            if (writer != null) {
                writer.close();
            }
        } finally {
            directory.close();
        }
    }
}
