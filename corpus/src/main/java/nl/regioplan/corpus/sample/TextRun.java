package nl.regioplan.corpus.sample;

/** A piece of text drawn at a baseline position, in PDF points from the page's lower left corner. */
record TextRun(float x, float baseline, String text, boolean bold, float size) {
}
