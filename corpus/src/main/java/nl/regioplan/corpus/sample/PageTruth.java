package nl.regioplan.corpus.sample;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the paragraphs placed on one page from their typeset lines: broken words rejoined, a paragraph
 * continued from another column kept as one, a paragraph cut by the page end holding only this page's part.
 */
final class PageTruth {
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private int paragraphIndex = -1;
    private ParagraphKind kind;
    private StringBuilder text;
    private boolean glued;

    void add(int index, ParagraphKind paragraphKind, TypesetLine line) {
        if (index != paragraphIndex) {
            flush();
            paragraphIndex = index;
            kind = paragraphKind;
            text = new StringBuilder();
        } else if (!glued) {
            text.append(' ');
        }
        text.append(line.truth());
        glued = line.joinsNext();
    }

    List<Paragraph> paragraphs() {
        flush();
        return List.copyOf(paragraphs);
    }

    private void flush() {
        if (text != null && !text.isEmpty()) paragraphs.add(new Paragraph(kind, text.toString()));
        text = null;
        paragraphIndex = -1;
    }
}
