package nl.regioplan.extractors.fork;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionFailure;

/**
 * One line back from a parse worker: the text, or why there is none; and the worker's peak heap so far, so the
 * benchmark can say what parsing costs now that it runs outside the main process.
 */
record ParseReply(DocumentText text, ExtractionFailure failure, String detail, long peakHeapBytes) {
}
