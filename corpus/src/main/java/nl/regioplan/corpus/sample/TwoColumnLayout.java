package nl.regioplan.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Sets a seed page as A4 portrait pages with two columns: left column first, then the right, then a further page
 * when the text does not fit. Headings are larger and bold and stay with the text after them; list items get a
 * bullet and a hanging indent; no page ends in a broken word, so every page's text ends on a word boundary.
 */
final class TwoColumnLayout {
    static final PageFrame FRAME = new PageFrame(PDRectangle.A4, 56);
    static final float GAP = 28;
    static final float TOP = FRAME.size().getHeight() - 78;
    static final float BOTTOM = 60;
    static final float COLUMN_WIDTH = (FRAME.size().getWidth() - 2 * FRAME.margin() - GAP) / 2;
    private static final TextStyle TEXT = new TextStyle(new TypeSize(10, 13.5f), new TypeSize(13, 16), 12);

    private final FontFamily fonts;

    TwoColumnLayout(FontFamily fonts) {
        this.fonts = fonts;
    }

    List<PageDesign> layout(SeedPage page) {
        Cursor cursor = new Cursor(page.number());
        List<Paragraph> paragraphs = page.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            TypesetParagraph p = TEXT.set(i, paragraphs.get(i), COLUMN_WIDTH, fonts);
            List<TypesetLine> lines = p.lines();
            float leading = p.type().leading();
            float before = p.heading() ? 10 : p.listItem() ? 3 : 6;
            // No paragraph starts with a lone line at a column foot; a heading keeps two lines of text with it.
            float needed = p.heading()
                    ? before + lines.size() * leading + 2 * TEXT.body().leading()
                    : before + Math.min(lines.size(), 2) * leading;
            if (!cursor.atColumnTop() && cursor.y - needed < BOTTOM) cursor.nextColumn();
            if (!cursor.atColumnTop()) cursor.y -= before;
            for (int k = 0; k < lines.size(); k++) {
                TypesetLine line = lines.get(k);
                boolean pageEndsInBrokenWord = line.joinsNext() && cursor.column == 1
                        && cursor.y - 2 * leading < BOTTOM;
                if (cursor.y - leading < BOTTOM || pageEndsInBrokenWord) cursor.nextColumn();
                cursor.y -= leading;
                float x = cursor.columnX();
                if (p.listItem() && k == 0) cursor.runs.add(new TextRun(x, cursor.y, "•", false, p.type().size()));
                cursor.runs.add(new TextRun(x + p.indent(), cursor.y, line.drawn(), p.heading(), p.type().size()));
                cursor.truth.add(i, p.kind(), line);
            }
        }
        return cursor.finish();
    }

    /** Where the next line goes, and the pages done so far. */
    private static final class Cursor {
        final int seedPage;
        final List<PageDesign> pages = new ArrayList<>();
        List<TextRun> runs = new ArrayList<>();
        PageTruth truth = new PageTruth();
        int column;
        float y = TOP;

        Cursor(int seedPage) {
            this.seedPage = seedPage;
        }

        boolean atColumnTop() {
            return y == TOP;
        }

        float columnX() {
            return FRAME.margin() + column * (COLUMN_WIDTH + GAP);
        }

        void nextColumn() {
            y = TOP;
            if (++column < 2) return;
            pages.add(design());
            runs = new ArrayList<>();
            truth = new PageTruth();
            column = 0;
        }

        List<PageDesign> finish() {
            if (pages.isEmpty() || !runs.isEmpty()) pages.add(design());
            return pages;
        }

        private PageDesign design() {
            return new PageDesign(PageLayout.TWO_COLUMN, FRAME, List.of(), runs, null, truth.paragraphs(), seedPage);
        }
    }
}
