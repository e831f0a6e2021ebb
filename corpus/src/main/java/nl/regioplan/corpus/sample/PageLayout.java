package nl.regioplan.corpus.sample;

/** How a sample PDF page is laid out. */
public enum PageLayout {
    /** A4 portrait, two text columns, running header and page number: the magazine style of most plans. */
    TWO_COLUMN,
    /** A 16:9 landscape slide: a title over text boxes side by side, as in plans exported from a slide deck. */
    SLIDE,
    /** An image-only A4 page, as a scanned insert: no text layer at all. */
    SCANNED
}
