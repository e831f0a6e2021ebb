package nl.regioplan.corpus.sample;

/** A tinted rectangle behind a slide's text box, in PDF points from the page's lower left corner. */
record Panel(float x, float y, float width, float height) {
}
