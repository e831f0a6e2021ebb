package nl.regioplan.corpus.sample;

/**
 * One line as set on a page.
 *
 * @param drawn     the text drawn, with an added hyphen when a word was broken
 * @param truth     the same text as a reader takes it: an added hyphen left out
 * @param joinsNext true when the line ends inside a word, so the next line's truth follows without a space
 */
record TypesetLine(String drawn, String truth, boolean joinsNext) {
}
