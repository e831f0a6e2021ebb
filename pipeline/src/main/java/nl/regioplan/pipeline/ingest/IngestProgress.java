package nl.regioplan.pipeline.ingest;

/** Hears about each document as the route finishes it; implementations print progress. Thread-safe. */
public interface IngestProgress {
    void documentDone(IncomingDocument document, int pages);

    void documentSkipped(IncomingDocument document);

    void documentFailed(IncomingDocument document, String reason);
}
