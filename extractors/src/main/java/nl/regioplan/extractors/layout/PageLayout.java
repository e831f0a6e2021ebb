package nl.regioplan.extractors.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page's words and strokes to blocks in reading order: drawn tables first ({@link RuledTables}), then lines
 * ({@link LineBuilder}), reading order ({@link ColumnReadingOrder}) and blocks ({@link BlockAssembler}). A drawn
 * table's row joins the reading order as one line across its cells, so the table is read where it stands.
 */
public final class PageLayout {
    private final LineBuilder lineBuilder = new LineBuilder();
    private final ColumnReadingOrder readingOrder = new ColumnReadingOrder();
    private final BlockAssembler blockAssembler = new BlockAssembler();

    public List<LaidOutBlock> blocks(List<Word> words, List<Rule> rules) {
        RuledTables.Found ruled = RuledTables.find(words, rules);
        List<TextLine> lines = new ArrayList<>(lineBuilder.lines(ruled.rest()));
        Map<TextLine, LaidOutBlock> rows = new IdentityHashMap<>();
        for (RuledTables.Table table : ruled.tables()) {
            List<LaidOutBlock> blocks = TableRows.ruledRowBlocks(table);
            for (int r = 0; r < blocks.size(); r++) {
                List<Word> rowWords = new ArrayList<>();
                for (RuledTables.Cell cell : table.rows().get(r).cells()) cell.lines().forEach(l -> rowWords.addAll(l.words()));
                TextLine row = TextLine.of(rowWords);
                rows.put(row, blocks.get(r));
                lines.add(row);
            }
        }
        java.util.Set<TextLine> fixed = Collections.newSetFromMap(new IdentityHashMap<>());
        fixed.addAll(rows.keySet());
        return blockAssembler.blocks(readingOrder.order(lines, fixed), rows);
    }
}
