package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.index.SearchIndex;
import nl.regioplan.pipeline.store.CatalogEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The ingest route's index stage over the embedded Lucene index in the data folder (or another {@link SearchIndex},
 * a queue worker's SolrCloud collection). Commits every
 * {@value #COMMIT_EVERY_DOCUMENTS} documents, or {@value #COMMIT_WITHIN_MILLIS} ms after the first uncommitted one
 * (so a --watch inbox that receives one file sees it soon), or when asked; a kill -9 in between loses only
 * uncommitted documents, none of which has a catalog entry yet, so the next ingest does them again.
 */
public final class LuceneDocumentIndexer implements DocumentIndexer {
    static final int COMMIT_EVERY_DOCUMENTS = 16;
    static final long COMMIT_WITHIN_MILLIS = 2000;

    private final SearchIndex index;
    /** Documents whose update returned, in the writer but not yet committed; guarded by itself. */
    private final List<AfterCommit> pending = new ArrayList<>();
    /** One commit at a time, so each commit knows exactly which pending documents it holds. */
    private final Object commitLock = new Object();
    private ScheduledExecutorService timer;

    public LuceneDocumentIndexer(SearchIndex index) {
        this.index = index;
    }

    @Override
    public void replace(CatalogEntry entry, DocumentRecords records, AfterCommit afterCommit) {
        try {
            index.replaceWithoutCommit(IndexEntries.of(entry, records));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + entry.doc() + ": " + e.getMessage(), e);
        }
        int waiting;
        synchronized (pending) {
            pending.add(afterCommit);
            waiting = pending.size();
            if (waiting == 1) commitLater();
        }
        if (waiting >= COMMIT_EVERY_DOCUMENTS) commit();
    }

    @Override
    public List<String> documentsWithoutHitKeys() {
        try {
            return index.documentsWithoutHitKeys();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index: " + e.getMessage(), e);
        }
    }

    /** Called with {@link #pending} held. */
    private void commitLater() {
        if (timer == null) {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "index-commit");
                t.setDaemon(true);
                return t;
            });
            // close() commits what is pending itself; a timed commit still waiting then has nothing to do
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
            timer = executor;
        }
        timer.schedule(this::commitQuietly, COMMIT_WITHIN_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void commitQuietly() {
        try {
            commit();
        } catch (RuntimeException e) {
            // every pending document has been told through its failed(); the next commit tries again
        }
    }

    @Override
    public void commit() {
        // under the commit lock: a timed commit in progress may hold documents taken from the pending list, and
        // a caller that asks for a commit must not go on (to close, to report) before they are committed
        synchronized (commitLock) {
            synchronized (pending) {
                if (pending.isEmpty()) return;
            }
            commitThen(() -> index.commit());
        }
    }

    private interface IndexChange {
        void run() throws IOException;
    }

    /**
     * Takes the pending documents whose updates returned before this point (so the commit holds each of them),
     * runs the change that commits, then tells each document.
     */
    private void commitThen(IndexChange change) {
        synchronized (commitLock) {
            List<AfterCommit> held;
            synchronized (pending) {
                held = List.copyOf(pending);
                pending.clear();
            }
            try {
                change.run();
            } catch (IOException | RuntimeException e) {
                RuntimeException error = e instanceof RuntimeException r ? r
                        : new UncheckedIOException("cannot commit the index (" + describe((IOException) e) + ")", (IOException) e);
                for (AfterCommit p : held) p.failed(error);
                throw error;
            }
            for (AfterCommit p : held) {
                try {
                    p.committed();
                } catch (RuntimeException e) {
                    p.failed(e);
                }
            }
        }
    }

    /**
     * Lets a timed commit that is running finish: an interrupt would reach Lucene in the middle of writing the
     * commit (an interrupted file channel closes), which it treats as a broken index writer.
     */
    private void stopTimer() {
        ScheduledExecutorService t;
        synchronized (pending) {
            t = timer;
        }
        if (t == null) return;
        t.shutdown();
        try {
            t.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() != null ? e.getMessage() : "the file system refused to write it";
    }

    @Override
    public boolean remove(String doc) {
        boolean[] held = new boolean[1];
        try {
            commitThen(() -> held[0] = index.remove(doc));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot remove " + doc + " from the index: " + e.getMessage(), e.getCause());
        }
        return held[0];
    }

    @Override
    public void close() {
        try {
            stopTimer();
            commit();
        } finally {
            try {
                index.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
