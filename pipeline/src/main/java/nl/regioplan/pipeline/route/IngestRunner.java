package nl.regioplan.pipeline.route;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.progress.ProgressLine;
import nl.regioplan.pipeline.source.ManifestSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Starts a Camel context with the ingest routes, feeds it documents, and stops it when they are done. */
public final class IngestRunner implements AutoCloseable {
    private final CamelContext camel;
    private final ExecutorService workers;
    private final ExecutorService fetchers;
    private final DocumentIngester ingester;
    private final ProgressLine progress;

    public IngestRunner(DocumentIngester ingester, ProgressLine progress, int threads, Path watchedInbox,
                        ManifestSource manifest) throws Exception {
        this.ingester = ingester;
        this.progress = progress;
        this.workers = Executors.newFixedThreadPool(Math.max(1, threads), named("ingest"));
        this.fetchers = Executors.newFixedThreadPool(Math.max(threads, IngestSettings.FETCH_THREADS), named("fetch"));
        this.camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(30);
        camel.addRoutes(new IngestRoutes(ingester, workers, fetchers, watchedInbox, manifest));
        camel.start();
    }

    /** Ingests the documents (in parallel) and returns when every one is ingested, skipped or quarantined. */
    public IngestTally ingest(List<IncomingDocument> documents) {
        return send(IngestRoutes.INGEST, documents);
    }

    /** Fetches and ingests what a manifest lists; entries that cannot be fetched are quarantined. */
    public IngestTally ingestManifest(List<ManifestEntry> entries) {
        return send(IngestRoutes.MANIFEST, entries);
    }

    /** The progress line counts the documents down, and is finished however the run ends. */
    private IngestTally send(String endpoint, List<?> items) {
        progress.expect(items.size());
        try {
            if (!items.isEmpty()) {
                try (ProducerTemplate producer = camel.createProducerTemplate()) {
                    producer.sendBody(endpoint, items);
                    ingester.commitIndexed();
                } catch (Exception e) {
                    throw new IllegalStateException("ingest route failed: " + e.getMessage(), e);
                }
            }
            return ingester.tally();
        } finally {
            progress.finish();
        }
    }

    /** For --watch: keeps polling until the JVM is asked to stop. */
    public void awaitShutdown() throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "regioplan-stop"));
        stop.await();
    }

    @Override
    public void close() {
        camel.stop();
        workers.shutdown();
        fetchers.shutdown();
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
