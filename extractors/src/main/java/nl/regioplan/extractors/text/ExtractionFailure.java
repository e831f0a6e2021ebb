package nl.regioplan.extractors.text;

/** Why a file could not be turned into text; each kind is a reason a user reads in the quarantine. */
public enum ExtractionFailure {
    EMPTY("the file is empty"),
    NOT_PDF("the file is not a PDF"),
    ENCRYPTED("the PDF is password-protected"),
    CORRUPT("the PDF is damaged or truncated"),
    NO_TEXT("no page of the PDF has text"),
    /** Over the memory budget of one document: a decompression bomb, a huge image, a gigantic page tree. */
    TOO_MUCH_MEMORY("the PDF is too large to decode"),
    /** Over the time budget of one document. */
    TOO_SLOW("the PDF takes too long to read"),
    /** The parser stopped in a way it does not explain (a bug in it, or a structure it cannot handle). */
    PARSER_FAILED("the PDF could not be read: the parser stopped on its structure");

    private final String description;

    ExtractionFailure(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
