package nl.regioplan.pipeline.route;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.extractors.fork.ParseCosts;
import nl.regioplan.pipeline.ingest.DocumentRemoval;
import nl.regioplan.pipeline.ingest.DocumentIndexer;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.IndexUpgrade;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.ingest.RunResources;
import nl.regioplan.pipeline.progress.ProgressLine;
import nl.regioplan.pipeline.source.ManifestSource;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;

import java.nio.file.Path;
import java.util.List;

/** One ingest run over a data folder: the components, the index writer, the Camel routes and the progress line. */
public final class Ingestion implements AutoCloseable {
    private final IngestRunner runner;
    private final PipelineComponents components;
    /** The components, the index writer, the manifest's fetcher, the runner and the stop notice, closed with the run. */
    private final RunResources opened;

    private Ingestion(IngestRunner runner, PipelineComponents components, RunResources opened) {
        this.runner = runner;
        this.components = components;
        this.opened = opened;
    }

    /** A run with the default budgets and fetch policy. */
    public static Ingestion open(DataStore store, int threads, Path watchedInbox, Path manifestFile) throws Exception {
        return open(store, IngestSettings.defaults(threads).watching(watchedInbox).withManifest(manifestFile));
    }

    public static Ingestion open(DataStore store, IngestSettings settings) throws Exception {
        RunResources opened = new RunResources();
        try {
            PipelineComponents components = opened.add(PipelineComponents.forIngest(settings.parseBudget(), settings.threads()));
            DocumentIndexer indexer = opened.add(components.openIndexer(store));
            releaseLockRefusals(store);
            ManifestSource manifest = settings.manifestFile() == null ? null
                    : opened.add(new ManifestSource(settings.manifestFile(), store.root().resolve("downloads"),
                            settings.fetchPolicy(), settings.manifestPaths()));
            new DocumentRemoval(store, indexer).completeInterrupted();
            List<String> upgraded = new IndexUpgrade(store, indexer).run();
            if (!upgraded.isEmpty()) {
                System.err.println("regioplan: re-indexed " + upgraded.size() + " document" + (upgraded.size() == 1 ? "" : "s")
                        + " from their records: an older version indexed them without a page per hit");
            }
            ProgressLine progress = ProgressLine.onStandardError();
            DocumentIngester ingester = new DocumentIngester(store, components, indexer, new IngestTally(), progress);
            IngestRunner runner = opened.add(
                    new IngestRunner(ingester, progress, settings.threads(), settings.watchedInbox(), manifest));
            opened.add(progress.noticeOnStop());
            return new Ingestion(runner, components, opened);
        } catch (Exception | Error e) {
            opened.closeAfter(e);
            throw e;
        }
    }

    /**
     * Versions that took the index lock only at a document's index stage quarantined good files with "another
     * regioplan ingest is writing"; that was never about the file, and this run holds the lock, so drop them.
     */
    private static void releaseLockRefusals(DataStore store) {
        for (QuarantineEntry q : store.quarantined())
            if (q.reason() != null && q.reason().startsWith("another regioplan ingest is writing")) store.release(q.file());
    }

    /** Reads the manifest given to {@link #open} and ingests what it lists. */
    public IngestTally runManifest(List<ManifestEntry> entries) {
        return runner.ingestManifest(entries);
    }

    public IngestTally run(List<IncomingDocument> documents) {
        return runner.ingest(documents);
    }

    public void awaitShutdown() throws InterruptedException {
        runner.awaitShutdown();
    }

    @Override
    public void close() {
        opened.close();
    }

    /** What the parse workers of this run spent (all zero when PDFs are read in this process). */
    public ParseCosts parseCosts() {
        return components.parseCosts();
    }
}
