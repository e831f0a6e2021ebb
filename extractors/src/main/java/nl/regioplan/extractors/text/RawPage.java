package nl.regioplan.extractors.text;

import java.util.List;
import nl.regioplan.extractors.layout.LaidOutBlock;

/**
 * A page as laid out (or OCR'd), before the document-wide cleaning.
 *
 * @param height the page height in points, where line positions are measured against
 */
record RawPage(int number, float height, List<LaidOutBlock> blocks, boolean ocr, String note) {
    static final String NOT_OCRD = "image-only page, not OCR'd: ";

    RawPage {
        blocks = List.copyOf(blocks);
    }

    /** An image-only page that an OCR engine could read once one is installed. */
    boolean awaitsOcr() {
        return note != null && note.startsWith(NOT_OCRD);
    }
}
