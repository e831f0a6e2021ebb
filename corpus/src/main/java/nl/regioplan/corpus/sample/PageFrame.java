package nl.regioplan.corpus.sample;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The page a layout sets: its size and the margin that its text and the running header and page number keep to
 * on the left and right, in PDF points.
 */
record PageFrame(PDRectangle size, float margin) {
}
