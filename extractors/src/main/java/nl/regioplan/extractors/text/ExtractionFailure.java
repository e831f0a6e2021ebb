package nl.regioplan.extractors.text;

/** Why a file could not be turned into text; each kind is a reason a user reads in the quarantine. */
public enum ExtractionFailure {
    EMPTY("the file is empty"),
    NOT_PDF("the file is not a PDF"),
    ENCRYPTED("the PDF is password-protected"),
    CORRUPT("the PDF is damaged or truncated"),
    NO_TEXT("no page of the PDF has text");

    private final String description;

    ExtractionFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
