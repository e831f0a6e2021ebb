package nl.regioplan.extractors.text;

import java.util.List;

/**
 * A document's page-aware clean text: the output of the text stage, stored as JSON per document so
 * later stages re-run without re-parsing.
 *
 * @param doc    the document id: the PDF's file name without {@code .pdf}
 * @param sha256 hex SHA-256 of the PDF's bytes
 */
public record DocumentText(String doc, String sha256, DocumentMetadata metadata, List<PageText> pages) {
    public DocumentText {
        pages = List.copyOf(pages);
    }
}
