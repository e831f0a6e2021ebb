package nl.regioplan.extractors.fidelity;

/**
 * A block as a reader sees it: its kind as the project names it (heading, paragraph, list_item, table_cell for a
 * table row with its cells separated by " | ", caption) and its text.
 */
public record TruthBlock(String kind, String text) {
}
