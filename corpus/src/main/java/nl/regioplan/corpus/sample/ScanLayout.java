package nl.regioplan.corpus.sample;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders a seed page as the image of a scanned A4 page at 200 dpi: black text on white, one column, a large
 * clear font so OCR can read it back. The PDF gets only the image, no text layer. Only a page from seed page 3
 * on with 60 to 260 words is scanned, and only if its text fits one image.
 */
final class ScanLayout {
    /** The scanned page is the first from this seed page on whose text fills a good part of one image page. */
    private static final int FROM_PAGE = 3;
    private static final int MIN_WORDS = 60;
    private static final int MAX_WORDS = 260;
    private static final int DPI = 200;
    /** An inch of white all round the text; nothing is drawn over a scan, so only the image keeps to it. */
    private static final PageFrame FRAME = new PageFrame(PDRectangle.A4, 72);
    private static final int WIDTH = pixels(FRAME.size().getWidth());
    private static final int HEIGHT = pixels(FRAME.size().getHeight());
    private static final int MARGIN = pixels(FRAME.margin());
    private static final float BODY_POINTS = 12;
    private static final float HEADING_POINTS = 16;
    private static final int LIST_INDENT = DPI / 5;

    private final FontFamily fonts;

    ScanLayout(FontFamily fonts) {
        this.fonts = fonts;
    }

    private static int pixels(float points) {
        return Math.round(points / 72 * DPI);
    }

    Optional<PageDesign> layout(SeedPage page) {
        int words = page.wordCount();
        if (page.number() < FROM_PAGE || words < MIN_WORDS || words > MAX_WORDS) return Optional.empty();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            Font body = fonts.awtFont(Font.PLAIN, BODY_POINTS / 72 * DPI);
            Font heading = fonts.awtFont(Font.BOLD, HEADING_POINTS / 72 * DPI);
            PageTruth truth = new PageTruth();
            int y = MARGIN;
            List<Paragraph> paragraphs = page.paragraphs();
            for (int i = 0; i < paragraphs.size(); i++) {
                Paragraph p = paragraphs.get(i);
                boolean listItem = p.kind() == ParagraphKind.LIST_ITEM;
                Font font = p.kind() == ParagraphKind.HEADING ? heading : body;
                FontMetrics metrics = g.getFontMetrics(font);
                int indent = listItem ? LIST_INDENT : 0;
                int leading = Math.round(metrics.getHeight() * 1.15f);
                List<TypesetLine> lines = new LineBreaker(metrics::stringWidth, WIDTH - 2 * MARGIN - indent,
                        p.kind() != ParagraphKind.HEADING)
                        .lines(p.text());
                y += i == 0 ? 0 : leading / 2;
                g.setFont(font);
                for (int k = 0; k < lines.size(); k++) {
                    y += leading;
                    if (y > HEIGHT - MARGIN) return Optional.empty();
                    if (listItem && k == 0) g.drawString("•", MARGIN, y);
                    g.drawString(lines.get(k).drawn(), MARGIN + indent, y);
                    truth.add(i, p.kind(), lines.get(k));
                }
            }
            return Optional.of(new PageDesign(PageLayout.SCANNED, FRAME, List.of(), List.of(), image,
                    truth.paragraphs(), page.number()));
        } finally {
            g.dispose();
        }
    }
}
