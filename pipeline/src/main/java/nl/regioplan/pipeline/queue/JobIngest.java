package nl.regioplan.pipeline.queue;

import nl.regioplan.index.IndexUnavailableException;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.DocumentJob;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.source.FetchException;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;

import java.util.Optional;

/**
 * One job through the same steps as a local ingest's document route (identify, raw, text, records, index and
 * catalog, the quarantine), ending with the index commit that makes the document durable: the caller commits the
 * job's offset only after this returns. Idempotent by SHA-256: a job whose bytes are indexed already is skipped
 * (before any download when the job carries its hash), a changed document replaces its old version.
 */
final class JobIngest {
    private final DataStore store;
    private final DocumentIngester ingester;
    private final JobSource source;
    private final IndexSink.Lookup index;

    JobIngest(DataStore store, DocumentIngester ingester, JobSource source, IndexSink.Lookup index) {
        this.store = store;
        this.ingester = ingester;
        this.source = source;
        this.index = index;
    }

    /**
     * @throws RuntimeException when the index cannot be asked, written or committed: not the document's fault, so
     *                          it is not dead-lettered and its offset must not be committed (the job comes again);
     *                          {@link IndexUnavailableException#causedIt} tells an index that is down from other trouble
     */
    JobOutcome ingest(IngestJob job) throws InterruptedException {
        if (job.sha256() != null && indexed(job.doc(), job.sha256())) return JobOutcome.unchanged(job.doc());
        Optional<QuarantineEntry> before = quarantinedBefore(job);
        if (before.isPresent()) {
            return JobOutcome.quarantinedBefore(job.doc(), before.get().failure(), before.get().reason());
        }
        IncomingDocument in;
        try {
            in = source.fetch(job);
        } catch (FetchException e) {
            IncomingDocument placeholder = source.placeholder(job);
            ingester.quarantine(placeholder, e.failure().name(), DocumentIngester.reasonOf(e));
            return quarantined(job, placeholder);
        } catch (java.io.IOException | IllegalArgumentException e) {
            IncomingDocument placeholder = source.placeholder(job);
            ingester.quarantine(placeholder, "UNREACHABLE", DocumentIngester.reasonOf(e));
            return quarantined(job, placeholder);
        }
        try {
            return ingestFetched(job, in);
        } finally {
            source.done(in);
        }
    }

    private JobOutcome ingestFetched(IngestJob job, IncomingDocument in) {
        DocumentJob step = DocumentJob.of(in);
        try {
            step = ingester.identify(step);
            if (step.unchanged()) {
                return indexed(step.doc(), step.sha256()) ? JobOutcome.unchanged(step.doc())
                        : quarantined(job, in).asBefore();
            }
            // a URL's job carries no hash: the bytes just fetched may be indexed already by another worker
            if (job.sha256() == null && indexed(step.doc(), step.sha256())) {
                step.raw().discard();
                return JobOutcome.unchanged(step.doc());
            }
            step = ingester.storeRaw(step);
            step = ingester.extractText(step);
            step = ingester.extractRecords(step);
            step = ingester.indexAndCatalog(step);
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            if (step.raw() != null) step.raw().discard();
            // an index that is down is not the document's fault: the caller waits and tries the job again
            if (IndexUnavailableException.causedIt(e)) throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            ingester.quarantine(in, step.sha256(), e);
            return quarantined(job, in);
        }
        // outside the catch: a failed commit is the index's trouble, and the job must come again
        ingester.commitIndexed();
        if (indexed(step.doc(), step.sha256())) return JobOutcome.ingested(step.doc(), step.text().pages().size());
        return quarantined(job, in);
    }

    private boolean indexed(String doc, String sha256) {
        return index.holds(doc, sha256);
    }

    /**
     * The same bytes failed on their own before (not on a download or an internal error, which may pass another
     * time): the job's dead letter went out then, and reading them again would fail again.
     */
    private Optional<QuarantineEntry> quarantinedBefore(IngestJob job) {
        if (job.sha256() == null || job.remote()) return Optional.empty();
        return store.quarantineEntry(source.placeholder(job).fileName())
                .filter(q -> job.sha256().equals(q.sha256()))
                .filter(q -> q.failure() != null && !q.failure().equals("ERROR"));
    }

    private JobOutcome quarantined(IngestJob job, IncomingDocument in) {
        Optional<QuarantineEntry> entry = store.quarantineEntry(in.fileName());
        return JobOutcome.quarantined(job.doc(), entry.map(QuarantineEntry::failure).orElse("ERROR"),
                entry.map(QuarantineEntry::reason).orElse("could not be ingested"));
    }
}
