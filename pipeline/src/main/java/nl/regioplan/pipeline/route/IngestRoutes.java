package nl.regioplan.pipeline.route;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.DocumentJob;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.StepFailure;
import nl.regioplan.pipeline.source.FetchException;
import nl.regioplan.pipeline.source.ManifestSource;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * The ingest flow: sources hand over files, each file goes parse -> store -> records -> index, and whatever
 * fails is set aside with its reason while the rest goes on.
 * <pre>
 *   direct:ingest    a list of files (one-shot folder ingest)   --split, in parallel--> direct:document
 *   direct:manifest  a list of manifest entries  --split, in parallel--> fetch (http/https) --> direct:document
 *   file:INBOX       --watch: polls an inbox folder                                  --> direct:document
 *   direct:document  identify (sha256 while copying) -> unchanged? stop -> raw -> text (of the raw copy) -> records
 *                    -> index + catalog
 *   on error         dead-letter channel -> quarantine (file + JSON reason), run goes on
 * </pre>
 */
public final class IngestRoutes extends RouteBuilder {
    public static final String INGEST = "direct:ingest";
    public static final String DOCUMENT = "direct:document";
    public static final String MANIFEST = "direct:manifest";
    static final String FETCH = "direct:fetch";
    static final String QUARANTINE = "direct:quarantine";
    static final String FETCH_FAILED = "direct:fetch-failed";

    private final DocumentIngester ingester;
    private final ExecutorService workers;
    private final ExecutorService fetchers;
    private final Path watchedInbox;
    private final ManifestSource manifest;

    /**
     * @param workers      runs documents in parallel (both cores busy during a folder ingest)
     * @param fetchers     runs manifest entries (download, then the document route) in parallel; more threads than
     *                     workers, so slow servers do not hold up the parsing (the text extractor itself bounds
     *                     how many documents are parsed at once)
     * @param watchedInbox a folder to keep polling, or null for one-shot runs
     * @param manifest     fetches manifest entries, or null when the run has no manifest
     */
    public IngestRoutes(DocumentIngester ingester, ExecutorService workers, ExecutorService fetchers,
                        Path watchedInbox, ManifestSource manifest) {
        this.ingester = ingester;
        this.workers = workers;
        this.fetchers = fetchers;
        this.watchedInbox = watchedInbox;
        this.manifest = manifest;
    }

    @Override
    public void configure() {
        from(INGEST).routeId("ingest")
                .split(body()).parallelProcessing().executorService(workers)
                    .to(DOCUMENT)
                .end();

        // Not useOriginalMessage: the exchange's original body is whatever its source made it (a watched file's
        // GenericFile, a manifest entry), while the message at the failure always holds the document or its job.
        from(DOCUMENT).routeId("document")
                .errorHandler(deadLetterChannel(QUARANTINE).disableRedelivery())
                .process(step(ingester::identify))
                .filter(e -> !e.getMessage().getBody(DocumentJob.class).unchanged())
                    .process(step(ingester::storeRaw))
                    .process(step(ingester::extractText))
                    .process(step(ingester::extractRecords))
                    .process(step(ingester::indexAndCatalog))
                .end();

        from(QUARANTINE).routeId("quarantine")
                .process(e -> {
                    // a copy the failure left beside raw/ (after the raw stage there is none to drop)
                    if (e.getMessage().getBody() instanceof DocumentJob j && j.raw() != null) j.raw().discard();
                    ingester.quarantine(incoming(e), sha256(e), e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class));
                });

        if (manifest != null) {
            from(MANIFEST).routeId("manifest")
                    .split(body()).parallelProcessing().executorService(fetchers)
                        .to(FETCH)
                    .end();

            from(FETCH).routeId("fetch")
                    .errorHandler(deadLetterChannel(FETCH_FAILED).useOriginalMessage().disableRedelivery())
                    .process(e -> e.getMessage().setBody(manifest.fetch(e.getMessage().getBody(ManifestEntry.class))))
                    .to(DOCUMENT);

            from(FETCH_FAILED).routeId("fetch-failed")
                    .process(e -> {
                        Throwable error = e.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
                        String failure = error instanceof FetchException fe ? fe.failure().name() : "ERROR";
                        ingester.quarantine(manifest.placeholder(e.getMessage().getBody(ManifestEntry.class)),
                                failure, DocumentIngester.reasonOf(error));
                    });
        }

        if (watchedInbox != null) {
            fromF("file:%s?noop=true&recursive=true&include=(?i).*\\.pdf&readLock=changed&readLockMinAge=2s"
                    + "&delay=2000&idempotentKey=${file:name}-${file:size}-${file:modified}", watchedInbox)
                    .routeId("watch-inbox")
                    .process(e -> e.getMessage().setBody(
                            IncomingDocument.ofFile(Path.of(e.getMessage().getHeader(Exchange.FILE_PATH, String.class)))))
                    .to(DOCUMENT);
        }
    }

    /** Each step maps the job to the next stage's job; a failure is thrown to the dead-letter channel. */
    private static Processor step(Step step) {
        return exchange -> {
            Object body = exchange.getMessage().getBody();
            DocumentJob job = body instanceof DocumentJob j ? j : DocumentJob.of((IncomingDocument) body);
            try {
                exchange.getMessage().setBody(step.apply(job));
            } catch (Exception e) {
                throw e;
            } catch (Throwable t) {
                throw new StepFailure(t);
            }
        };
    }

    private static String sha256(Exchange e) {
        return e.getMessage().getBody() instanceof DocumentJob j ? j.sha256() : null;
    }

    private static IncomingDocument incoming(Exchange e) {
        Object body = e.getMessage().getBody();
        return body instanceof DocumentJob j ? j.incoming() : (IncomingDocument) body;
    }

    @FunctionalInterface
    private interface Step {
        DocumentJob apply(DocumentJob job) throws Exception;
    }
}
