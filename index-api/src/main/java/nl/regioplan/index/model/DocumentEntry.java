package nl.regioplan.index.model;

/** One indexed document: its title and metadata, shown on hits and in the document list. */
public record DocumentEntry(String doc, String title, String region, String type, int pages, String sha256,
                            String publisher, String date, String source) {
}
