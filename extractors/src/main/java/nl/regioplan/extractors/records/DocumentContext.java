package nl.regioplan.extractors.records;

/**
 * What is known about a document before its text is read: from the manifest, the folder's catalogue or the file
 * name. Region may be null; publicationYear is the catalogue's, null when it does not say.
 *
 * @param yearAhead the catalogue dates the document in the first half of its year: that year's plans ("in 2022
 *                  starten we ...") are then still to come, where a bare "in 2022" in a document of December
 *                  mostly tells what happened
 */
public record DocumentContext(String doc, String title, String region, Integer publicationYear, boolean yearAhead) {
    public DocumentContext(String doc, String title, String region) {
        this(doc, title, region, null, false);
    }
}
