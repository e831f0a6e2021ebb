package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.ExtractionFailure;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import nl.regioplan.pipeline.store.RawCopy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The work of each step of the ingest route, one method per step, so the route reads as the flow and this class
 * holds what happens. Thread-safe: the route runs documents in parallel.
 */
public final class DocumentIngester {
    private static final java.util.Set<String> OVER_BUDGET =
            java.util.Set.of(ExtractionFailure.TOO_MUCH_MEMORY.name(), ExtractionFailure.TOO_SLOW.name());

    private final DataStore store;
    /** The text and record extractors and the region rule the steps run, and what starts them. */
    private final PipelineComponents components;
    private final DocumentIndexer indexer;
    private final IngestTally tally;
    private final IngestProgress progress;
    private final RegionSpellings spellings;
    /**
     * The documents of this run between identify and their catalog entry or quarantine, by id: two files that
     * are one document (the same name in two folders) must not share a raw copy while both are in flight.
     */
    private final ConcurrentMap<String, IncomingDocument> inFlight = new ConcurrentHashMap<>();

    public DocumentIngester(DataStore store, PipelineComponents components, DocumentIndexer indexer, IngestTally tally,
                            IngestProgress progress) {
        this.store = store;
        this.components = components;
        this.indexer = indexer;
        this.tally = tally;
        this.progress = progress;
        this.spellings = new RegionSpellings(store);
    }

    public IngestTally tally() {
        return tally;
    }

    /**
     * Keys the document by the SHA-256 of its bytes, hashed while they are copied into the data folder (the one read
     * of the incoming file); an unchanged document already fully ingested is skipped and its copy dropped.
     */
    public DocumentJob identify(DocumentJob job) {
        IncomingDocument in = job.incoming();
        String doc = docIdOf(in);
        if (!DataStore.isSafeDocId(doc)) {
            throw new IllegalArgumentException("unusable document id '" + doc + "': an id holds " + DataStore.SAFE_DOC_ID_RULE);
        }
        IncomingDocument other = inFlight.putIfAbsent(doc, in);
        if (other != null) {
            throw new IllegalArgumentException("this is document '" + doc + "', and so is " + other.source()
                    + ", which this run is ingesting: rename one of the two files and ingest it again");
        }
        try {
            // a document catalogued before is hashed without a copy first: re-ingesting an unchanged folder writes nothing
            String known = store.catalogEntry(doc).map(CatalogEntry::sha256).orElse(null);
            RawCopy raw = store.copyRaw(doc, in.file(), known);
            try {
                return identified(job, in, doc, raw);
            } catch (RuntimeException | Error e) {
                raw.discard();
                throw e;
            }
        } catch (RuntimeException | Error e) {
            inFlight.remove(doc, in);
            throw e;
        }
    }

    private DocumentJob identified(DocumentJob job, IncomingDocument in, String doc, RawCopy raw) {
        String sha = raw.sha256();
        Optional<CatalogEntry> known = store.catalogEntry(doc);
        // An entry without a region is from before regions were decided at ingest: redo it once, so the index
        // and the records get the region (Landelijk for the accords) the other views already show.
        boolean unchanged = known.isPresent() && known.get().sha256().equals(sha) && known.get().region() != null;
        if (unchanged) {
            raw.discard();
            inFlight.remove(doc, in);
            // Whatever set this file aside before is over: it is in the catalog as it is now.
            store.release(in.fileName());
            tally.unchanged();
            progress.documentSkipped(in);
            return job.identified(doc, raw, true);
        }
        Optional<QuarantineEntry> overBudget = overBudgetBefore(in, sha);
        if (overBudget.isPresent()) {
            raw.discard();
            inFlight.remove(doc, in);
            // The same bytes cost a whole budget last time and would again: say so and do not read them.
            QuarantineEntry entry = overBudget.get();
            tally.quarantined(entry);
            progress.documentFailed(in, entry.reason() + " (quarantined earlier with the same bytes; not read again:"
                    + " delete quarantine/" + entry.file() + ".reason.json to retry)");
            return job.identified(doc, raw, true);
        }
        components.prepareForReading();
        return job.identified(doc, raw, false);
    }

    private Optional<QuarantineEntry> overBudgetBefore(IncomingDocument in, String sha) {
        return store.quarantineEntry(in.fileName())
                .filter(q -> sha.equals(q.sha256()))
                .filter(q -> OVER_BUDGET.contains(q.failure()));
    }

    public DocumentJob storeRaw(DocumentJob job) {
        job.raw().keep();
        return job;
    }

    /** Parses the raw copy, which the identify step hashed: the text extractor does not read it to hash it again. */
    public DocumentJob extractText(DocumentJob job) throws ExtractionException {
        long start = System.nanoTime();
        DocumentText text = components.textExtractor().extract(store.rawPdf(job.doc()), job.doc(), job.sha256());
        tally.timed(IngestTally.Stage.TEXT, System.nanoTime() - start);
        store.putText(text);
        return job.withText(text);
    }

    public DocumentJob extractRecords(DocumentJob job) {
        long start = IngestTally.cpuNanos();
        DocumentContext context = context(job);
        DocumentRecords records = components.recordExtractor().extract(job.text(), context);
        tally.timed(IngestTally.Stage.RECORDS, IngestTally.cpuNanos() - start);
        store.putRecords(records);
        return job.withRecords(context, records);
    }

    /**
     * Indexes the document; its catalog entry is written once the commit that holds it is done, so an entry
     * present means every stage is done and durable. A kill before that commit leaves neither.
     */
    public DocumentJob indexAndCatalog(DocumentJob job) {
        CatalogEntry entry = catalogEntry(job);
        long start = IngestTally.cpuNanos();
        indexer.replace(entry, job.records(), new DocumentIndexer.AfterCommit() {
            @Override
            public void committed() {
                store.putCatalogEntry(entry);
                inFlight.remove(job.doc(), job.incoming());
                store.release(job.incoming().fileName());
                int ocr = (int) job.text().pages().stream().filter(PageText::ocr).count();
                tally.ingested(job.text().pages().size(), ocr);
                progress.documentDone(job.incoming(), job.text().pages().size());
            }

            @Override
            public void failed(RuntimeException error) {
                quarantine(job.incoming(), job.sha256(), error);
            }
        });
        tally.timed(IngestTally.Stage.INDEX, IngestTally.cpuNanos() - start);
        return job;
    }

    /** Commits the documents indexed so far, which writes their catalog entries: the end of a run calls it. */
    public void commitIndexed() {
        long start = IngestTally.cpuNanos();
        indexer.commit();
        tally.timed(IngestTally.Stage.INDEX, IngestTally.cpuNanos() - start);
    }

    /**
     * Sets the file aside with the reason it failed; the run goes on.
     *
     * @param sha256 the file's hash when it was read before the failure, else null
     */
    public void quarantine(IncomingDocument in, String sha256, Throwable error) {
        Throwable cause = unwrapped(error);
        String failure = cause instanceof ExtractionException ee ? ee.failure().name() : "ERROR";
        quarantine(in, failure, reasonOf(error), sha256);
    }

    /** For failures before there is a file to read, e.g. a manifest entry that could not be fetched. */
    public void quarantine(IncomingDocument in, String failure, String reason) {
        quarantine(in, failure, reason, null);
    }

    /** Never throws: a quarantine that cannot be written is still counted and shown, and the run goes on. */
    private void quarantine(IncomingDocument in, String failure, String reason, String sha256) {
        String doc = docIdOf(in);
        boolean mine = inFlight.remove(doc, in);
        QuarantineEntry entry = new QuarantineEntry(in.fileName(), reason, failure, in.source(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), sha256);
        try {
            store.quarantine(in.file(), entry);
            // The quarantine holds the bytes now; raw/ is for documents that went through. A file refused
            // because another one is this document leaves that one's raw copy alone.
            if (mine || !inFlight.containsKey(doc)) store.deleteRawUnlessCatalogued(doc);
        } catch (RuntimeException | Error e) {
            System.err.println("regioplan: could not write the quarantine entry of " + in.fileName() + ": " + e);
        }
        tally.quarantined(entry);
        progress.documentFailed(in, reason);
    }

    private static String docIdOf(IncomingDocument in) {
        return in.docId() != null ? in.docId() : DataStore.docIdOf(in.fileName());
    }

    /**
     * A sentence for the quarantine: ours where the failure is one we foresaw (a bad PDF, a failed download, an
     * unusable name, a file we cannot read or write), and for anything else what happened without the Java
     * text, whose stack trace goes to standard error for whoever debugs it.
     */
    public static String reasonOf(Throwable error) {
        Throwable e = unwrapped(error);
        if (e instanceof ExtractionException || e instanceof ExplainedFailure || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof UncheckedIOException || e instanceof IOException) {
            String message = e.getMessage();
            return message == null || message.isBlank() ? "could not read or write a file for it" : message;
        }
        e.printStackTrace();
        if (e instanceof OutOfMemoryError) {
            return "the run ran out of memory (" + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MB heap) while working on it";
        }
        if (e instanceof StackOverflowError) return "its content is nested too deeply to process";
        return "an internal error stopped its processing (" + e.getClass().getSimpleName()
                + "; the details are in the log)";
    }

    private static Throwable unwrapped(Throwable error) {
        Throwable e = error;
        while (e instanceof StepFailure && e.getCause() != null) e = e.getCause();
        return e;
    }

    private DocumentContext context(DocumentJob job) {
        DocumentContext c = DocumentPreparation.context(job.incoming(), job.doc(), job.text(), components.regions());
        return new DocumentContext(c.doc(), c.title(), spellings.of(c.region()), c.publicationYear(),
                c.yearAhead());
    }

    private CatalogEntry catalogEntry(DocumentJob job) {
        IncomingDocument in = job.incoming();
        int ocr = (int) job.text().pages().stream().filter(PageText::ocr).count();
        return new CatalogEntry(job.doc(), job.sha256(), in.source(), job.context().title(), job.records().region(),
                in.type() != null ? in.type() : guessType(job.doc()), job.context().publicationYear(),
                in.publisher() != null ? in.publisher() : job.text().metadata() == null ? null : job.text().metadata().author(),
                job.text().metadata() == null ? null : job.text().metadata().created(),
                job.text().pages().size(), ocr, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Without a manifest, a file named like a regioplan is one; other types need the manifest to say so. */
    private static String guessType(String doc) {
        return doc.toLowerCase().contains("regioplan") ? "regioplan" : null;
    }
}
