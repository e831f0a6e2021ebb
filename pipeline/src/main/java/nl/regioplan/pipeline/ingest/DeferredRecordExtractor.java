package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A record extractor built on its own thread once {@link #begin} is called (or at the first extract): loading
 * the word lists and training the target classifier take seconds, which the parse of the first documents can
 * hide, and which a run without anything to read should not spend at all.
 */
final class DeferredRecordExtractor implements DocumentRecordExtractor {
    private final FutureTask<DocumentRecordExtractor> build;
    private final AtomicBoolean begun = new AtomicBoolean();

    DeferredRecordExtractor(Supplier<DocumentRecordExtractor> build) {
        this.build = new FutureTask<>(build::get);
    }

    /** Starts the build on its own thread, once. */
    void begin() {
        if (!begun.compareAndSet(false, true)) return;
        Thread builder = new Thread(build, "record-extractor-setup");
        builder.setDaemon(true);
        builder.start();
    }

    @Override
    public DocumentRecords extract(DocumentText text, DocumentContext context) {
        begin();
        try {
            return build.get().extract(text, context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the record extractors were set up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}
