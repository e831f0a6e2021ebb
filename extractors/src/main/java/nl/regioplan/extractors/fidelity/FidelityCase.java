package nl.regioplan.extractors.fidelity;

import java.nio.file.Path;
import java.util.List;

/**
 * A PDF, or one page of it, with its true text.
 *
 * @param name        what the table calls it
 * @param layoutClass the layout class it is counted under
 * @param page        the page measured, or 0 for the whole document
 * @param blocks      the blocks in reading order
 * @param statements  sentences and list items that must come out whole; each is one or more parts (a table row's
 *                    cells) that must all sit inside one unit
 * @param running     running header and footer lines, '#' standing for a number; they must not come out
 */
public record FidelityCase(String name, String layoutClass, Path pdf, int page, List<TruthBlock> blocks,
                           List<List<String>> statements, List<String> running) {
    public FidelityCase {
        blocks = List.copyOf(blocks);
        statements = statements.stream().map(List::copyOf).toList();
        running = List.copyOf(running);
    }
}
