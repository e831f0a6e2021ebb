package nl.regioplan.index.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.EntryDocuments;
import nl.regioplan.index.schema.Fields;
import nl.regioplan.index.schema.PlanAnalyzers;

/**
 * The one writer of a plan index. Every change is a single commit: a reader, or a process started after a
 * crash, sees a document either entirely as it was or entirely as it is now, never half-replaced. The lock
 * is an OS file lock, released when the holding process dies, even by kill -9.
 */
public final class PlanWriter implements Closeable {
    private final IndexWriter writer;
    private final EntryDocuments documents = new EntryDocuments();

    private PlanWriter(IndexWriter writer) {
        this.writer = writer;
    }

    /** Opens (or creates) the index for writing; fails with {@link IndexLockedException} if it is taken. */
    public static PlanWriter open(Directory directory, Path location) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(PlanAnalyzers.forIndexing())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            PlanWriter writer = new PlanWriter(new IndexWriter(directory, config));
            writer.writer.commit();
            return writer;
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(location, e);
        }
    }

    /** Deletes every record of the document and adds the new ones, in one commit. */
    public void replace(IndexedDocument document) throws IOException {
        replaceWithoutCommit(document);
        writer.commit();
    }

    /**
     * Deletes every record of the document and adds the new ones; nobody sees either until {@link #commit}, and
     * then both at once (Lucene applies one update atomically). Thread-safe: documents may be analysed in parallel.
     */
    public void replaceWithoutCommit(IndexedDocument document) throws IOException {
        writer.updateDocuments(docTerm(document.document().doc()), documents.of(document));
    }

    /** Makes every change made before this call durable and visible, in one commit. */
    public void commit() throws IOException {
        writer.commit();
    }

    public void remove(String doc) throws IOException {
        writer.deleteDocuments(docTerm(doc));
        writer.commit();
    }

    private static Term docTerm(String doc) {
        return new Term(Fields.DOC, doc);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
