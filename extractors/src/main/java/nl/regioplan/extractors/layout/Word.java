package nl.regioplan.extractors.layout;

/**
 * A word as PDFBox places it on the page; coordinates in points, y growing downwards from the top edge.
 *
 * @param baseline y of the text baseline
 * @param fontSize font size in points as drawn (after scaling)
 */
public record Word(String text, float left, float right, float top, float baseline, float fontSize, boolean bold) {
}
