package nl.regioplan.pipeline.source;

import nl.regioplan.pipeline.ingest.ExplainedFailure;

import java.time.Duration;

/**
 * A document that could not be downloaded, with the kind of failure and a message a user can act on
 * ("HTTP 404 Not Found for https://...").
 */
public final class FetchException extends Exception implements ExplainedFailure {
    private final FetchFailure failure;
    /** Whether trying again may help: network trouble, timeouts, 429 and 5xx; never other 4xx or a refusal. */
    private final boolean retryable;
    /** What the server asked to wait before trying again (Retry-After), or null. */
    private final Duration retryAfter;

    private FetchException(FetchFailure failure, String message, Throwable cause, boolean retryable,
                           Duration retryAfter) {
        super(message, cause);
        this.failure = failure;
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    /** A failure no second try can mend. */
    static FetchException refused(FetchFailure failure, String message) {
        return new FetchException(failure, message, null, false, null);
    }

    /** A failure that may pass: the fetcher tries again if the policy allows. */
    static FetchException retryable(FetchFailure failure, String message, Throwable cause, Duration retryAfter) {
        return new FetchException(failure, message, cause, true, retryAfter);
    }

    public FetchFailure failure() {
        return failure;
    }

    boolean isRetryable() {
        return retryable;
    }

    Duration retryAfter() {
        return retryAfter;
    }

    /** The same failure with a note on why the fetcher stopped trying, e.g. "gave up after 3 attempts". */
    FetchException withNote(String note) {
        FetchException noted = new FetchException(failure, getMessage() + " (" + note + ")", getCause(), retryable,
                retryAfter);
        noted.setStackTrace(getStackTrace());
        return noted;
    }
}
