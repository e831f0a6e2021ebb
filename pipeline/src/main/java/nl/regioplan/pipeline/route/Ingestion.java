package nl.regioplan.pipeline.route;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.extractors.fork.ForkedTextExtractor;
import nl.regioplan.extractors.fork.ParseCosts;
import nl.regioplan.pipeline.ingest.DocumentRemoval;
import nl.regioplan.pipeline.ingest.DocumentIndexer;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.IndexUpgrade;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.progress.ProgressLine;
import nl.regioplan.pipeline.source.ManifestSource;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/** One ingest run over a data folder: the components, the index writer, the Camel routes and the progress line. */
public final class Ingestion implements AutoCloseable {
    private final PipelineComponents components;
    private final DocumentIndexer indexer;
    private final IngestRunner runner;
    private final ProgressLine progress;
    private final ManifestSource manifest;
    /** Ctrl-C (SIGINT) runs shutdown hooks: this one says how far the run got and that re-running finishes it. */
    private final Thread stopNotice;

    private Ingestion(PipelineComponents components, DocumentIndexer indexer, IngestRunner runner, ProgressLine progress,
                      ManifestSource manifest) {
        this.components = components;
        this.indexer = indexer;
        this.runner = runner;
        this.progress = progress;
        this.manifest = manifest;
        this.stopNotice = new Thread(() -> {
            String line = progress.stoppedLine();
            if (line != null) System.err.println("regioplan: " + line);
        }, "regioplan-stop-notice");
        Runtime.getRuntime().addShutdownHook(stopNotice);
    }

    /** A run with the default budgets and fetch policy. */
    public static Ingestion open(DataStore store, int threads, Path watchedInbox, Path manifestFile) throws Exception {
        return open(store, IngestSettings.defaults(threads).watching(watchedInbox).withManifest(manifestFile));
    }

    public static Ingestion open(DataStore store, IngestSettings settings) throws Exception {
        PipelineComponents components = PipelineComponents.forIngest(settings.parseBudget(), settings.threads());
        DocumentIndexer indexer;
        try {
            indexer = components.openIndexer(store);
        } catch (Exception | Error e) {
            components.close();
            throw e;
        }
        releaseLockRefusals(store);
        ManifestSource manifest = settings.manifestFile() == null ? null
                : new ManifestSource(settings.manifestFile(), store.root().resolve("downloads"),
                        settings.fetchPolicy(), settings.manifestPaths());
        try {
            new DocumentRemoval(store, indexer).completeInterrupted();
            List<String> upgraded = new IndexUpgrade(store, indexer).run();
            if (!upgraded.isEmpty()) {
                System.err.println("regioplan: re-indexed " + upgraded.size() + " document" + (upgraded.size() == 1 ? "" : "s")
                        + " from their records: an older version indexed them without a page per hit");
            }
            ProgressLine progress = ProgressLine.onStandardError();
            DocumentIngester ingester = new DocumentIngester(store, components, indexer, new IngestTally(), progress);
            return new Ingestion(components, indexer,
                    new IngestRunner(ingester, settings.threads(), settings.watchedInbox(), manifest), progress, manifest);
        } catch (Exception | Error e) {
            indexer.close();
            components.close();
            if (manifest != null) manifest.close();
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
        return showingProgress(entries.size(), () -> runner.ingestManifest(entries));
    }

    public IngestTally run(List<IncomingDocument> documents) {
        return showingProgress(documents.size(), () -> runner.ingest(documents));
    }

    /** The progress line counts the documents down, and is finished however the run ends. */
    private IngestTally showingProgress(int documents, Supplier<IngestTally> run) {
        progress.expect(documents);
        try {
            return run.get();
        } finally {
            progress.finish();
        }
    }

    public void awaitShutdown() throws InterruptedException {
        runner.awaitShutdown();
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopNotice);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to: it prints the notice
        }
        try {
            runner.close();
        } finally {
            try {
                indexer.close();
            } finally {
                components.close();
                if (manifest != null) manifest.close();
            }
        }
    }

    /** What the parse workers of this run spent (all zero when PDFs are read in this process). */
    public ParseCosts parseCosts() {
        return components.textExtractor() instanceof ForkedTextExtractor forked ? forked.costs() : new ParseCosts();
    }
}
