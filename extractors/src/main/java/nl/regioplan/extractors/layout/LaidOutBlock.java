package nl.regioplan.extractors.layout;

import java.util.List;
import nl.regioplan.extractors.block.BlockKind;

/**
 * A block as the layout found it, before cleaning: its kind, its lines (with positions, so running headers can
 * be recognised by where they sit) and the text of each line with any list bullet already removed. OCR text
 * has no positions: its blocks have texts but no lines.
 */
public record LaidOutBlock(BlockKind kind, List<TextLine> lines, List<String> texts) {
    public LaidOutBlock {
        lines = List.copyOf(lines);
        texts = List.copyOf(texts);
        if (!lines.isEmpty() && lines.size() != texts.size()) throw new IllegalArgumentException("one text per line");
    }

    /** The block's raw text, one line per line, for the cleaning chain. */
    public String text() {
        return String.join("\n", texts);
    }
}
