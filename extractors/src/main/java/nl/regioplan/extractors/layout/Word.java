package nl.regioplan.extractors.layout;

/**
 * A word as PDFBox places it on the page; coordinates in points, y growing downwards from the top edge.
 *
 * @param baseline y of the text baseline
 * @param fontSize font size in points as drawn (after scaling)
 * @param italic   set in an italic or oblique face (a label or caption set apart from the body that way)
 */
public record Word(String text, float left, float right, float top, float baseline, float fontSize, boolean bold, boolean italic) {
}
