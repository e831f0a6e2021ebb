package nl.regioplan.index.search;

/**
 * A query that would cost the index more than a search may (too many fuzzy words, phrases, wildcards or terms, too
 * deep a nesting, or past the search deadline): refused with what to change.
 */
public final class QueryTooCostlyException extends RefusedQueryException {
    public QueryTooCostlyException(String message, String dutch) {
        super(message, dutch);
    }
}
