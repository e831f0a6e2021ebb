package nl.regioplan.index.search;

/**
 * A query the index will not run, refused with what to change: in English, as the command line speaks, and in
 * Dutch ({@link #dutchMessage()}) for the web page.
 */
public abstract class RefusedQueryException extends IllegalArgumentException {
    private final String dutch;

    protected RefusedQueryException(String message, String dutch) {
        super(message);
        this.dutch = dutch;
    }

    public String dutchMessage() {
        return dutch;
    }
}
