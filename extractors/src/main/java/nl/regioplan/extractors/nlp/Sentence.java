package nl.regioplan.extractors.nlp;

/**
 * A sentence (or a list item, heading or table cell that is a unit of its own) of one block.
 *
 * @param text  whitespace-normalised text
 * @param start offset of the first character in the block's whitespace-normalised text
 * @param end   offset after the last character in that text
 */
public record Sentence(String text, int start, int end) {
}
