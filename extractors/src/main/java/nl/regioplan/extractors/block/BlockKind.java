package nl.regioplan.extractors.block;

/** What a block of page text is, as a reader sees it. */
public enum BlockKind {
    HEADING, PARAGRAPH, LIST_ITEM, TABLE_CELL, CAPTION
}
