package nl.regioplan.index.search;

/**
 * A query the parser cannot read, with a message for the person who typed it and the 1-based position. The
 * message is English, as the command line speaks; {@link #dutchMessage()} says the same for the Dutch web page.
 */
public final class QuerySyntaxException extends IllegalArgumentException {
    private final String dutch;
    private final int position;

    public QuerySyntaxException(String message, String dutch, int position) {
        super(message);
        this.dutch = dutch;
        this.position = position;
    }

    public String dutchMessage() {
        return dutch;
    }

    /** 1-based character position of the problem in the query; 0 when it concerns the query as a whole. */
    public int position() {
        return position;
    }
}
