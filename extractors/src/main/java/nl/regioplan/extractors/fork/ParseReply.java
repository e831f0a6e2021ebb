package nl.regioplan.extractors.fork;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.ExtractionFailure;

/**
 * One line back from a parse worker: the text, or why there is none; and what the worker has spent so far (its
 * CPU time, the time and pages of its OCR, its peak heap), so the benchmark can say what parsing costs now
 * that it runs outside the main process. The totals are cumulative; the parent takes differences.
 */
record ParseReply(DocumentText text, ExtractionFailure failure, String detail, long peakHeapBytes, long cpuNanos,
                  long ocrNanos, long ocrPages) {
}
