package nl.regioplan.extractors.fidelity;

/**
 * One unit of an extractor's output: a block of the project's text stage, or a paragraph (a group of lines
 * between blank lines) of a plain-text tool. A statement counts as whole only when it sits inside one unit.
 *
 * @param page 1-based page number
 * @param kind the block kind in lower case, or null when the tool gives no kinds
 */
public record TextUnit(int page, String kind, String text) {
}
