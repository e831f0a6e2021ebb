package nl.regioplan.extractors.text;

/** A file that cannot be extracted, with the kind of failure and a reason a user can act on. */
public class ExtractionException extends Exception {
    private final ExtractionFailure failure;
    private final String detail;

    public ExtractionException(ExtractionFailure failure, String detail, Throwable cause) {
        super(failure.description() + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.failure = failure;
        this.detail = detail;
    }

    /** What the message adds to the failure's description (which file, how large), or null. */
    public String detail() {
        return detail;
    }

    public ExtractionFailure failure() {
        return failure;
    }
}
