package nl.regioplan.extractors.text;

import nl.regioplan.extractors.block.BlockKind;

/** One ordered unit of a page: a heading, a paragraph, a list item, a table cell or a caption. */
public record Block(BlockKind kind, String text) {
    public Block {
        if (kind == null || text == null) throw new IllegalArgumentException("block needs kind and text");
    }
}
