package nl.regioplan.corpus.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Sets a seed page as one 16:9 slide: its first heading as the title, the rest in up to three tinted text boxes
 * side by side, filled left to right with about the same height each. A page that does not fit one slide is not
 * a slide.
 */
final class SlideLayout {
    static final PDRectangle SIZE = new PDRectangle(960, 540);
    static final float MARGIN = 56;
    private static final float TITLE_SIZE = 24;
    private static final float TITLE_LEADING = 30;
    private static final float BODY_SIZE = 13;
    private static final float BODY_LEADING = 17;
    private static final float HEADING_SIZE = 14;
    private static final float HEADING_LEADING = 18;
    private static final float BOX_GAP = 24;
    private static final float PADDING = 14;
    private static final float BOX_BOTTOM = 50;
    private static final float LIST_INDENT = 14;

    private final FontFamily fonts;

    SlideLayout(FontFamily fonts) {
        this.fonts = fonts;
    }

    Optional<PageDesign> layout(SeedPage page) {
        List<Paragraph> paragraphs = page.paragraphs();
        if (paragraphs.isEmpty()) return Optional.empty();
        List<TextRun> runs = new ArrayList<>();
        PageTruth truth = new PageTruth();
        float y = SIZE.getHeight() - 60;
        int first = 0;
        if (paragraphs.getFirst().kind() == ParagraphKind.HEADING) {
            float width = SIZE.getWidth() - 2 * MARGIN;
            for (TypesetLine line : new LineBreaker(s -> fonts.bold().width(s, TITLE_SIZE), width, false)
                    .lines(paragraphs.getFirst().text())) {
                y -= TITLE_LEADING;
                runs.add(new TextRun(MARGIN, y, line.drawn(), true, TITLE_SIZE));
                truth.add(0, ParagraphKind.HEADING, line);
            }
            first = 1;
        }
        float boxTop = y - 24;
        List<Block> blocks = new ArrayList<>();
        int words = 0;
        for (int i = first; i < paragraphs.size(); i++) words += paragraphs.get(i).text().split(" ").length;
        int boxes = Math.min(paragraphs.size() - first, words <= 40 ? 1 : paragraphs.size() - first >= 6 ? 3 : 2);
        if (boxes == 0) return Optional.of(design(page, List.of(), runs, truth));
        float boxWidth = (SIZE.getWidth() - 2 * MARGIN - (boxes - 1) * BOX_GAP) / boxes;
        float total = 0;
        for (int i = first; i < paragraphs.size(); i++) {
            Block block = block(i, paragraphs.get(i), boxWidth - 2 * PADDING);
            blocks.add(block);
            total += block.height();
        }
        float boxHeight = boxTop - BOX_BOTTOM;
        float target = total / boxes;
        int box = 0;
        float used = 0;
        for (Block block : blocks) {
            float room = boxHeight - 2 * PADDING;
            boolean balanced = used >= target && box < boxes - 1;
            if (used > 0 && (balanced || used + block.height() > room)) {
                if (++box == boxes) return Optional.empty();
                used = 0;
            }
            if (block.height() > room) return Optional.empty();
            float x = MARGIN + box * (boxWidth + BOX_GAP) + PADDING;
            float lineY = boxTop - PADDING - used;
            for (int k = 0; k < block.lines().size(); k++) {
                lineY -= block.leading();
                TypesetLine line = block.lines().get(k);
                if (block.listItem() && k == 0) runs.add(new TextRun(x, lineY, "•", false, block.size()));
                runs.add(new TextRun(x + block.indent(), lineY, line.drawn(), block.bold(), block.size()));
                truth.add(block.index(), block.kind(), line);
            }
            used += block.height();
        }
        List<Panel> panels = new ArrayList<>();
        for (int b = 0; b < boxes; b++) {
            panels.add(new Panel(MARGIN + b * (boxWidth + BOX_GAP), BOX_BOTTOM, boxWidth, boxHeight));
        }
        return Optional.of(design(page, panels, runs, truth));
    }

    private static PageDesign design(SeedPage page, List<Panel> panels, List<TextRun> runs, PageTruth truth) {
        return new PageDesign(PageLayout.SLIDE, SIZE, panels, runs, null, truth.paragraphs(), page.number());
    }

    private Block block(int index, Paragraph p, float width) {
        boolean heading = p.kind() == ParagraphKind.HEADING;
        boolean listItem = p.kind() == ParagraphKind.LIST_ITEM;
        float size = heading ? HEADING_SIZE : BODY_SIZE;
        LayoutFont font = heading ? fonts.bold() : fonts.regular();
        float indent = listItem ? LIST_INDENT : 0;
        List<TypesetLine> lines = new LineBreaker(s -> font.width(s, size), width - indent, !heading).lines(p.text());
        return new Block(index, p.kind(), lines, heading, listItem, size, heading ? HEADING_LEADING : BODY_LEADING,
                indent);
    }

    /** A paragraph set for the box width; it moves between boxes whole. */
    private record Block(int index, ParagraphKind kind, List<TypesetLine> lines, boolean bold, boolean listItem,
                         float size, float leading, float indent) {
        float height() {
            return lines.size() * leading + 8;
        }
    }
}
