package nl.regioplan.corpus.sample;

/**
 * One paragraph of sample text: whitespace normalised, a list item without its bullet marker.
 */
public record Paragraph(ParagraphKind kind, String text) {
    public Paragraph {
        if (kind == null || text == null || text.isBlank()) {
            throw new IllegalArgumentException("a paragraph needs a kind and text");
        }
    }
}
