package nl.regioplan.extractors.records;

/** What is known about a document before its text is read: from the manifest or the file name. Region may be null. */
public record DocumentContext(String doc, String title, String region, String type) {
}
