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
    static final PDRectangle SIZE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float GAP = 28;
    static final float TOP = SIZE.getHeight() - 78;
    static final float BOTTOM = 60;
    static final float COLUMN_WIDTH = (SIZE.getWidth() - 2 * MARGIN - GAP) / 2;
    private static final float BODY_SIZE = 10;
    private static final float BODY_LEADING = 13.5f;
    private static final float HEADING_SIZE = 13;
    private static final float HEADING_LEADING = 16;
    private static final float LIST_INDENT = 12;

    private final FontFamily fonts;

    TwoColumnLayout(FontFamily fonts) {
        this.fonts = fonts;
    }

    List<PageDesign> layout(SeedPage page) {
        Cursor cursor = new Cursor(page.number());
        List<Paragraph> paragraphs = page.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            boolean heading = p.kind() == ParagraphKind.HEADING;
            boolean listItem = p.kind() == ParagraphKind.LIST_ITEM;
            float size = heading ? HEADING_SIZE : BODY_SIZE;
            float leading = heading ? HEADING_LEADING : BODY_LEADING;
            LayoutFont font = heading ? fonts.bold() : fonts.regular();
            float indent = listItem ? LIST_INDENT : 0;
            List<TypesetLine> lines = new LineBreaker(s -> font.width(s, size), COLUMN_WIDTH - indent, !heading)
                    .lines(p.text());
            float before = heading ? 10 : listItem ? 3 : 6;
            // No paragraph starts with a lone line at a column foot; a heading keeps two lines of text with it.
            float needed = heading
                    ? before + lines.size() * leading + 2 * BODY_LEADING
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
                if (listItem && k == 0) cursor.runs.add(new TextRun(x, cursor.y, "•", false, size));
                cursor.runs.add(new TextRun(x + indent, cursor.y, line.drawn(), heading, size));
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
            return MARGIN + column * (COLUMN_WIDTH + GAP);
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
            return new PageDesign(PageLayout.TWO_COLUMN, SIZE, List.of(), runs, null, truth.paragraphs(), seedPage);
        }
    }
}
