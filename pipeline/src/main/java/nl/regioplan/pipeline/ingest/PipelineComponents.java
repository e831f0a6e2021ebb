package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.fork.ForkedTextExtractor;
import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.extractors.party.GazetteerPartyFinder;
import nl.regioplan.extractors.plan.PlanRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.region.RegionResolver;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.PdfDocumentTextExtractor;
import nl.regioplan.extractors.theme.LexiconThemeTagger;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.write.IndexLockedException;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * The real components the pipeline runs, wired once with their defaults: the one place that says which text
 * extractor, record extractors and index a run uses.
 */
public record PipelineComponents(DocumentTextExtractor textExtractor, DocumentRecordExtractor recordExtractor,
                                 RegionOfDocument regions) implements AutoCloseable {

    /** PDFs read in this process: for commands that read the files the user names, one at a time. */
    public static PipelineComponents defaults() {
        return with(new PdfDocumentTextExtractor());
    }

    /**
     * PDFs read in child processes under a budget, {@code parallel} at a time: for ingest runs, where one
     * hostile file among hundreds must cost that file and never the run.
     */
    public static PipelineComponents forIngest(ParseBudget budget, int parallel) {
        return with(new ForkedTextExtractor(budget, parallel).started(), inBackground(PipelineComponents::planRecordExtractor));
    }

    private static PipelineComponents with(DocumentTextExtractor textExtractor) {
        return with(textExtractor, planRecordExtractor());
    }

    private static DocumentRecordExtractor planRecordExtractor() {
        return new PlanRecordExtractor(LexiconThemeTagger.loadDefault(), GazetteerPartyFinder.loadDefault());
    }

    /**
     * Built on its own thread (loading the word lists and training the target classifier take seconds), so an
     * ingest's parse workers read the first documents meanwhile instead of waiting for it; and a re-ingest of
     * unchanged files, which reads no records, never waits for it at all.
     */
    private static DocumentRecordExtractor inBackground(Supplier<DocumentRecordExtractor> build) {
        FutureTask<DocumentRecordExtractor> task = new FutureTask<>(build::get);
        Thread builder = new Thread(task, "record-extractor-setup");
        builder.setDaemon(true);
        builder.start();
        return (text, context) -> {
            try {
                return task.get().extract(text, context);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the record extractors were set up", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException r) throw r;
                if (e.getCause() instanceof Error err) throw err;
                throw new IllegalStateException(e.getCause());
            }
        };
    }

    private static PipelineComponents with(DocumentTextExtractor textExtractor, DocumentRecordExtractor records) {
        RegionResolver resolver = RegionResolver.loadDefault();
        return new PipelineComponents(textExtractor, records,
                (declared, title, publisher, text) -> resolver.resolve(declared, title, text)
                        .or(() -> publisher == null ? java.util.Optional.empty() : resolver.resolve(null, publisher, (String) null))
                        .map(r -> r.region()).orElse(RegionOfDocument.NATIONAL));
    }

    /** Stops the parse workers, if any. */
    @Override
    public void close() {
        if (textExtractor instanceof ForkedTextExtractor forked) forked.close();
    }

    /**
     * Opens the data folder's index with its write lock held for the whole run: a second ingest on the same
     * folder is refused here, before it reads, stores or quarantines anything.
     */
    public DocumentIndexer openIndexer(DataStore store) throws IOException {
        PlanIndex index = PlanIndex.open(store.indexDir());
        try {
            index.lockForWriting();
        } catch (IndexLockedException e) {
            index.close();
            throw new AnotherWriterException(store.root(), e);
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        return new LuceneDocumentIndexer(index);
    }
}
