package nl.regioplan.extractors.text;

/** What the PDF says about itself; any field may be null. Dates are ISO-8601 strings as Tika reports them. */
public record DocumentMetadata(String title, String author, String created, String modified, String producer,
                               int pageCount) {
}
