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
    /** A seed page this short, or mostly headings (diagram labels), is set as a slide. */
    private static final int SLIDE_WORDS = 120;
    private static final PageFrame FRAME = new PageFrame(new PDRectangle(960, 540), 56);
    private static final TypeSize TITLE = new TypeSize(24, 30);
    private static final TextStyle TEXT = new TextStyle(new TypeSize(13, 17), new TypeSize(14, 18), 14);
    private static final float BOX_GAP = 24;
    private static final float PADDING = 14;
    private static final float BOX_BOTTOM = 50;

    private final FontFamily fonts;

    SlideLayout(FontFamily fonts) {
        this.fonts = fonts;
    }

    /** Whether to try {@code page} as a slide at all; one that does not fit a slide is set in columns instead. */
    static boolean suits(SeedPage page) {
        long headings = page.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING).count();
        return !page.paragraphs().isEmpty()
                && (page.wordCount() <= SLIDE_WORDS || 2 * headings >= page.paragraphs().size());
    }

    Optional<PageDesign> layout(SeedPage page) {
        List<Paragraph> paragraphs = page.paragraphs();
        if (paragraphs.isEmpty()) return Optional.empty();
        List<TextRun> runs = new ArrayList<>();
        PageTruth truth = new PageTruth();
        float y = FRAME.size().getHeight() - 60;
        int first = 0;
        if (paragraphs.getFirst().kind() == ParagraphKind.HEADING) {
            float width = FRAME.size().getWidth() - 2 * FRAME.margin();
            for (TypesetLine line : new LineBreaker(s -> fonts.bold().width(s, TITLE.size()), width, false)
                    .lines(paragraphs.getFirst().text())) {
                y -= TITLE.leading();
                runs.add(new TextRun(FRAME.margin(), y, line.drawn(), true, TITLE.size()));
                truth.add(0, ParagraphKind.HEADING, line);
            }
            first = 1;
        }
        float boxTop = y - 24;
        List<TypesetParagraph> blocks = new ArrayList<>();
        int words = 0;
        for (int i = first; i < paragraphs.size(); i++) words += paragraphs.get(i).text().split(" ").length;
        int boxes = Math.min(paragraphs.size() - first, words <= 40 ? 1 : paragraphs.size() - first >= 6 ? 3 : 2);
        if (boxes == 0) return Optional.of(design(page, List.of(), runs, truth));
        float boxWidth = (FRAME.size().getWidth() - 2 * FRAME.margin() - (boxes - 1) * BOX_GAP) / boxes;
        float total = 0;
        for (int i = first; i < paragraphs.size(); i++) {
            TypesetParagraph block = TEXT.set(i, paragraphs.get(i), boxWidth - 2 * PADDING, fonts);
            blocks.add(block);
            total += height(block);
        }
        float boxHeight = boxTop - BOX_BOTTOM;
        float target = total / boxes;
        int box = 0;
        float used = 0;
        for (TypesetParagraph block : blocks) {
            float room = boxHeight - 2 * PADDING;
            boolean balanced = used >= target && box < boxes - 1;
            if (used > 0 && (balanced || used + height(block) > room)) {
                if (++box == boxes) return Optional.empty();
                used = 0;
            }
            if (height(block) > room) return Optional.empty();
            float x = FRAME.margin() + box * (boxWidth + BOX_GAP) + PADDING;
            float lineY = boxTop - PADDING - used;
            for (int k = 0; k < block.lines().size(); k++) {
                lineY -= block.type().leading();
                TypesetLine line = block.lines().get(k);
                if (block.listItem() && k == 0) runs.add(new TextRun(x, lineY, "•", false, block.type().size()));
                runs.add(new TextRun(x + block.indent(), lineY, line.drawn(), block.heading(), block.type().size()));
                truth.add(block.index(), block.kind(), line);
            }
            used += height(block);
        }
        List<Panel> panels = new ArrayList<>();
        for (int b = 0; b < boxes; b++) {
            panels.add(new Panel(FRAME.margin() + b * (boxWidth + BOX_GAP), BOX_BOTTOM, boxWidth, boxHeight));
        }
        return Optional.of(design(page, panels, runs, truth));
    }

    private static PageDesign design(SeedPage page, List<Panel> panels, List<TextRun> runs, PageTruth truth) {
        return new PageDesign(PageLayout.SLIDE, FRAME, panels, runs, null, truth.paragraphs(), page.number());
    }

    /** A paragraph moves between boxes whole; each is followed by a little space. */
    private static float height(TypesetParagraph block) {
        return block.lines().size() * block.type().leading() + 8;
    }
}
