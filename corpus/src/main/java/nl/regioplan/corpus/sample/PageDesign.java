package nl.regioplan.corpus.sample;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * One PDF page before it is drawn: where its text goes, and the text a reader gets from it.
 *
 * @param scan  the page image of a scanned page, else null
 * @param truth the page's paragraphs in reading order, as placed on it
 */
record PageDesign(PageLayout layout, PageFrame frame, List<Panel> panels, List<TextRun> runs, BufferedImage scan,
                  List<Paragraph> truth, int seedPage) {
    PageDesign {
        panels = List.copyOf(panels);
        runs = List.copyOf(runs);
        truth = List.copyOf(truth);
    }
}
