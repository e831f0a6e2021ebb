package nl.regioplan.extractors.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/** Reads the text of a rendered page image. One interface, so that an engine can be swapped or left out. */
public interface PageOcr {
    /** Why this engine cannot run here (e.g. not installed), or empty when it can. */
    Optional<String> unavailableReason();

    /** The recognised text, lines separated by '\n' and paragraphs by blank lines. */
    String recognise(BufferedImage page) throws IOException;
}
