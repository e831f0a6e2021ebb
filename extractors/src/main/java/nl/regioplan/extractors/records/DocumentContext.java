package nl.regioplan.extractors.records;

/**
 * What is known about a document before its text is read: from the manifest, the folder's catalogue or the file
 * name. Region may be null; publicationYear is the catalogue's, null when it does not say.
 */
public record DocumentContext(String doc, String title, String region, String type, Integer publicationYear) {
    public DocumentContext(String doc, String title, String region, String type) {
        this(doc, title, region, type, null);
    }
}
