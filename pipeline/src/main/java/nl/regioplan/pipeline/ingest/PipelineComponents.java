package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.fork.ForkedTextExtractor;
import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.extractors.fork.ParseCosts;
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
        return with(new ForkedTextExtractor(budget, parallel),
                new DeferredRecordExtractor(PipelineComponents::planRecordExtractor));
    }

    private static PipelineComponents with(DocumentTextExtractor textExtractor) {
        return with(textExtractor, planRecordExtractor());
    }

    private static DocumentRecordExtractor planRecordExtractor() {
        return new PlanRecordExtractor(LexiconThemeTagger.loadDefault(), GazetteerPartyFinder.loadDefault());
    }

    /**
     * A run has a document to read: start the parse workers and set up the record extractors now, each on its
     * own, while the caller goes on (the JVMs start and the target classifier trains in seconds). A re-ingest of
     * unchanged files never gets here and so costs neither.
     */
    public void prepareForReading() {
        if (textExtractor instanceof ForkedTextExtractor forked) forked.startWorkers();
        if (recordExtractor instanceof DeferredRecordExtractor deferred) deferred.begin();
    }

    private static PipelineComponents with(DocumentTextExtractor textExtractor, DocumentRecordExtractor records) {
        RegionResolver resolver = RegionResolver.loadDefault();
        return new PipelineComponents(textExtractor, records,
                (declared, title, publisher, text) -> resolver.resolve(declared, title, text)
                        .or(() -> publisher == null ? java.util.Optional.empty() : resolver.resolve(null, publisher, (String) null))
                        .map(r -> r.region()).orElse(RegionOfDocument.NATIONAL));
    }

    /** What the parse workers spent so far (all zero when PDFs are read in this process). */
    public ParseCosts parseCosts() {
        return textExtractor instanceof ForkedTextExtractor forked ? forked.costs() : new ParseCosts();
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
