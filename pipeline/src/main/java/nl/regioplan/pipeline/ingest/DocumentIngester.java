package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecordExtractor;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.ExtractionException;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The work of each step of the ingest route, one method per step, so the route reads as the flow and this class
 * holds what happens. Thread-safe: the route runs documents in parallel.
 */
public final class DocumentIngester {
    private final DataStore store;
    private final DocumentTextExtractor textExtractor;
    private final DocumentRecordExtractor recordExtractor;
    private final RegionOfDocument regions;
    private final DocumentIndexer indexer;
    private final IngestTally tally;
    private final IngestProgress progress;

    public DocumentIngester(DataStore store, DocumentTextExtractor textExtractor,
                            DocumentRecordExtractor recordExtractor, RegionOfDocument regions,
                            DocumentIndexer indexer, IngestTally tally, IngestProgress progress) {
        this.store = store;
        this.textExtractor = textExtractor;
        this.recordExtractor = recordExtractor;
        this.regions = regions;
        this.indexer = indexer;
        this.tally = tally;
        this.progress = progress;
    }

    public IngestTally tally() {
        return tally;
    }

    /** Keys the document by the SHA-256 of its bytes; an unchanged document already fully ingested is skipped. */
    public DocumentJob identify(DocumentJob job) {
        IncomingDocument in = job.incoming();
        String doc = docIdOf(in);
        if (!DataStore.isSafeDocId(doc)) {
            throw new IllegalArgumentException("unusable document id '" + doc + "': an id holds " + DataStore.SAFE_DOC_ID_RULE);
        }
        String sha = sha256(in);
        Optional<CatalogEntry> known = store.catalogEntry(doc);
        // An entry without a region is from before regions were decided at ingest: redo it once, so the index
        // and the records get the region (Landelijk for the accords) the other views already show.
        boolean unchanged = known.isPresent() && known.get().sha256().equals(sha) && known.get().region() != null;
        if (unchanged) {
            // Whatever set this file aside before is over: it is in the catalog as it is now.
            store.release(in.fileName());
            tally.unchanged();
            progress.documentSkipped(in);
        }
        return job.identified(doc, sha, unchanged);
    }

    public DocumentJob storeRaw(DocumentJob job) {
        store.putRaw(job.doc(), job.incoming().file());
        return job;
    }

    public DocumentJob extractText(DocumentJob job) throws ExtractionException {
        long start = System.nanoTime();
        DocumentText text = textExtractor.extract(job.incoming().file(), job.doc());
        tally.timed(IngestTally.Stage.TEXT, System.nanoTime() - start);
        DocumentText keyed = new DocumentText(text.doc(), job.sha256(), text.metadata(), text.pages());
        store.putText(keyed);
        return job.withText(keyed);
    }

    public DocumentJob extractRecords(DocumentJob job) {
        long start = System.nanoTime();
        DocumentRecords records = recordExtractor.extract(job.text(), context(job));
        tally.timed(IngestTally.Stage.RECORDS, System.nanoTime() - start);
        store.putRecords(records);
        return job.withRecords(records);
    }

    /** Indexes the document and then writes its catalog entry: an entry present means every stage is done. */
    public DocumentJob indexAndCatalog(DocumentJob job) {
        CatalogEntry entry = catalogEntry(job);
        long start = System.nanoTime();
        indexer.replace(entry, job.text(), job.records());
        tally.timed(IngestTally.Stage.INDEX, System.nanoTime() - start);
        store.putCatalogEntry(entry);
        store.release(job.incoming().fileName());
        int ocr = (int) job.text().pages().stream().filter(PageText::ocr).count();
        tally.ingested(job.text().pages().size(), ocr);
        progress.documentDone(job.incoming(), job.text().pages().size());
        return job;
    }

    /** Sets the file aside with the reason it failed; the run goes on. */
    public void quarantine(IncomingDocument in, Throwable error) {
        String failure = error instanceof ExtractionException ee ? ee.failure().name() : "ERROR";
        quarantine(in, failure, reasonOf(error));
    }

    /** For failures before there is a file to read, e.g. a manifest entry that could not be fetched. */
    public void quarantine(IncomingDocument in, String failure, String reason) {
        QuarantineEntry entry = new QuarantineEntry(in.fileName(), reason, failure, in.source(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        store.quarantine(in.file(), entry);
        // The quarantine holds the bytes now; raw/ is for documents that went through.
        store.deleteRawUnlessCatalogued(docIdOf(in));
        tally.quarantined(entry);
        progress.documentFailed(in, reason);
    }

    private static String docIdOf(IncomingDocument in) {
        return in.docId() != null ? in.docId() : DataStore.docIdOf(in.fileName());
    }

    public static String reasonOf(Throwable error) {
        Throwable e = error;
        while (e instanceof UncheckedIOException && e.getCause() != null) e = e.getCause();
        if (e instanceof ExtractionException) return e.getMessage();
        if (e instanceof OutOfMemoryError) return "ran out of memory while reading it";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private DocumentContext context(DocumentJob job) {
        return DocumentPreparation.context(job.incoming(), job.doc(), job.text(), regions);
    }

    private CatalogEntry catalogEntry(DocumentJob job) {
        IncomingDocument in = job.incoming();
        int ocr = (int) job.text().pages().stream().filter(PageText::ocr).count();
        return new CatalogEntry(job.doc(), job.sha256(), in.source(), titleOf(job), job.records().region(),
                in.type() != null ? in.type() : guessType(job.doc()),
                in.publisher() != null ? in.publisher() : job.text().metadata() == null ? null : job.text().metadata().author(),
                job.text().metadata() == null ? null : job.text().metadata().created(),
                job.text().pages().size(), ocr, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Without a manifest, a file named like a regioplan is one; other types need the manifest to say so. */
    private static String guessType(String doc) {
        return doc.toLowerCase().contains("regioplan") ? "regioplan" : null;
    }

    private static String titleOf(DocumentJob job) {
        return DocumentPreparation.titleOf(job.incoming(), job.doc(), job.text());
    }

    private static String sha256(IncomingDocument in) {
        try (InputStream input = Files.newInputStream(in.file())) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = input.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + in.file(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
