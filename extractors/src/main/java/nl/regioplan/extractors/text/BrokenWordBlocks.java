package nl.regioplan.extractors.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.layout.LaidOutBlock;
import nl.regioplan.extractors.layout.TextLine;

/**
 * Puts a paragraph back together that the layout cut into two blocks at a hyphenated line end ("de zorg voor
 * iedereen toeganke-" then "lijk, kwalitatief goed ..."): at a column's foot, or where the spacing of the lines
 * changes. A paragraph or list item that ends in the first part of a word and is followed on the page by a
 * paragraph that goes on in lower case is one block with it, of its kind; the cleaning chain then joins the word as
 * it joins any other line end.
 */
final class BrokenWordBlocks {
    /** Letters and a hyphen at the very end: "toeganke-" (an elision, "wet- en", has its hyphen inside the line). */
    private static final Pattern WORD_START_AT_END = Pattern.compile("\\p{L}{2}-$");
    private static final Pattern GOES_ON_IN_LOWER_CASE = Pattern.compile("^\\p{Ll}");

    private BrokenWordBlocks() {
    }

    static List<LaidOutBlock> rejoined(List<LaidOutBlock> blocks) {
        List<LaidOutBlock> out = new ArrayList<>(blocks.size());
        for (LaidOutBlock block : blocks) {
            LaidOutBlock previous = out.isEmpty() ? null : out.getLast();
            if (previous != null && continues(previous, block)) out.set(out.size() - 1, joined(previous, block));
            else out.add(block);
        }
        return out;
    }

    private static boolean continues(LaidOutBlock first, LaidOutBlock next) {
        // a list item or paragraph goes on as a paragraph (its next lines have no bullet); a heading or a table
        // cell that ends in a broken word is left as it is, and a new list item is never a continuation
        boolean text = first.kind() == BlockKind.PARAGRAPH || first.kind() == BlockKind.LIST_ITEM;
        if (!text || next.kind() != BlockKind.PARAGRAPH || first.texts().isEmpty() || next.texts().isEmpty()) return false;
        // positions are all or nothing per block (OCR text has none)
        if (first.lines().isEmpty() != next.lines().isEmpty()) return false;
        return WORD_START_AT_END.matcher(first.texts().getLast().strip()).find()
                && GOES_ON_IN_LOWER_CASE.matcher(next.texts().getFirst().strip()).find();
    }

    private static LaidOutBlock joined(LaidOutBlock first, LaidOutBlock next) {
        List<TextLine> lines = new ArrayList<>(first.lines());
        lines.addAll(next.lines());
        List<String> texts = new ArrayList<>(first.texts());
        texts.addAll(next.texts());
        return new LaidOutBlock(first.kind(), lines, texts);
    }
}
