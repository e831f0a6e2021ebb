package nl.regioplan.extractors.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The clean text of one PDF page in reading order.
 *
 * @param number 1-based page number in the PDF
 * @param blocks ordered blocks; empty for a page without usable text
 * @param ocr    true when the text came from OCR rather than the PDF's text layer
 * @param note   why the page has no text (e.g. "image-only page, Tesseract not installed"), else null
 */
public record PageText(int number, List<Block> blocks, boolean ocr, String note) {
    public PageText {
        blocks = List.copyOf(blocks);
    }

    /** The page as plain text: blocks separated by blank lines. */
    public String text() {
        return blocks.stream().map(Block::text).collect(Collectors.joining("\n\n"));
    }
}
