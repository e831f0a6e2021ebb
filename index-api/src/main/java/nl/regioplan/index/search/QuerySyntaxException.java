package nl.regioplan.index.search;

/** A query the parser cannot read, with a message for the person who typed it and the 1-based position. */
public final class QuerySyntaxException extends RefusedQueryException {
    private final int position;

    public QuerySyntaxException(String message, String dutch, int position) {
        super(message, dutch);
        this.position = position;
    }

    /** 1-based character position of the problem in the query; 0 when it concerns the query as a whole. */
    public int position() {
        return position;
    }
}
