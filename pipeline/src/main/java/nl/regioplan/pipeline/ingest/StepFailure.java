package nl.regioplan.pipeline.ingest;

/**
 * An Error (out of memory, stack overflow, a linkage problem) thrown by one document's step, carried as an
 * Exception: Camel's dead-letter channel handles exceptions, and an Error that escaped it once left a split
 * waiting for ever. The document is quarantined with {@link DocumentIngester#reasonOf}, and the run goes on.
 */
public final class StepFailure extends Exception {
    public StepFailure(Throwable cause) {
        super(cause.toString(), cause);
    }
}
