package nl.regioplan.index;

import java.io.IOException;

/**
 * The index could not be reached or could not take a change just now (a SolrCloud node down, a commit refused by
 * an overloaded server): not the fault of what was being written, so a caller may wait and try the same thing
 * again, where any other IOException from an index means the change itself failed.
 */
public final class IndexUnavailableException extends IOException {
    public IndexUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether this failure, or one it was wrapped around, is the index being unavailable. */
    public static boolean causedIt(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause()) {
            if (e instanceof IndexUnavailableException) return true;
        }
        return false;
    }
}
