package nl.regioplan.index.search;

/**
 * A query that would cost the index more than a search may (too many fuzzy words, phrases, wildcards or terms, too
 * deep a nesting, or past the search deadline): refused with what to change, in English and in Dutch.
 */
public final class QueryTooCostlyException extends IllegalArgumentException {
    private final String dutch;

    public QueryTooCostlyException(String message, String dutch) {
        super(message);
        this.dutch = dutch;
    }

    public String dutchMessage() {
        return dutch;
    }
}
