package nl.regioplan.pipeline.ingest;

/**
 * A failure whose message is already the sentence a user reads in the quarantine ("HTTP 404 Not Found for ..."),
 * so the ingest puts it there as it is. Lets the sources say so without the ingest steps knowing them.
 */
public interface ExplainedFailure {
}
