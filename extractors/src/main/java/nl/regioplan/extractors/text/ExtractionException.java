package nl.regioplan.extractors.text;

/** A file that cannot be extracted, with the kind of failure and a reason a user can act on. */
public class ExtractionException extends Exception {
    private final ExtractionFailure failure;

    public ExtractionException(ExtractionFailure failure, String detail, Throwable cause) {
        super(failure.description() + (detail == null || detail.isBlank() ? "" : ": " + detail), cause);
        this.failure = failure;
    }

    public ExtractionFailure failure() {
        return failure;
    }
}
