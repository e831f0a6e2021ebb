package nl.regioplan.corpus.sample;

/** What a paragraph of sample text is; the names match the extractors' block kinds so truth and output compare. */
public enum ParagraphKind {
    HEADING, PARAGRAPH, LIST_ITEM
}
