package nl.regioplan.extractors.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text stripper over a document and hands each page's positioned words and its straight strokes
 * ({@link RuleCollector}) to a {@link PageSink}
 * when the page ends, so that a long document is laid out page by page instead of held in memory whole.
 * PDFBox still finds the words (glyph spacing, duplicate overprint, ligatures); only its line and reading order
 * are replaced, since sorting by position interleaves columns. One instance serves one document on one thread.
 */
public final class PageWordCollector extends PDFTextStripper {
    /** Receives the words of each page in document order. */
    @FunctionalInterface
    public interface PageSink {
        void page(int number, PDPage page, List<Word> words, List<Rule> rules) throws IOException;
    }

    private static final float IMPLAUSIBLE_SIZE_RATIO = 4f, GLYPH_HEIGHT_EMS = 0.7f;
    private final PageSink sink;
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private final Map<PDFont, Boolean> italicFonts = new IdentityHashMap<>();
    private final RuleCollector rules = new RuleCollector(this);
    private List<Word> words = new ArrayList<>();

    public PageWordCollector(PageSink sink) {
        this.sink = sink;
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
        setShouldSeparateByBeads(false);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        words = new ArrayList<>();
        rules.startPage(page);
    }

    /**
     * PDFBox hands over a whole line here, across columns when sorting by position, so words are cut again from
     * the glyphs: at space glyphs and at gaps wider than half a space, PDFBox's own word-spacing rule.
     */
    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        int start = 0;
        for (int i = 1; i <= positions.size(); i++) {
            if (i == positions.size() || startsWord(positions.get(i - 1), positions.get(i))) {
                addWord(positions.subList(start, i));
                start = i;
            }
        }
    }

    private static boolean startsWord(TextPosition previous, TextPosition p) {
        if (isSpace(p) || isSpace(previous)) return true;
        float gap = p.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
        float space = p.getWidthOfSpace() > 0 ? p.getWidthOfSpace() : 0.25f * p.getFontSizeInPt();
        return gap > 0.5f * space || gap < -p.getFontSizeInPt() || superscriptStep(previous, p);
    }

    /** A footnote number set smaller and raised against its neighbour ("zorg.1", "1Bron:") is a word of its own. */
    private static boolean superscriptStep(TextPosition previous, TextPosition p) {
        float a = previous.getFontSizeInPt(), b = p.getFontSizeInPt(), larger = Math.max(a, b);
        return Math.abs(a - b) > 0.2f * larger && Math.abs(previous.getYDirAdj() - p.getYDirAdj()) > 0.15f * larger;
    }

    private static boolean isSpace(TextPosition p) {
        return p.getUnicode() == null || p.getUnicode().isBlank();
    }

    private void addWord(List<TextPosition> glyphs) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE, right = -Float.MAX_VALUE, top = Float.MAX_VALUE, baseline = 0, size = 0;
        int boldGlyphs = 0, italicGlyphs = 0;
        for (TextPosition p : glyphs) {
            if (isSpace(p)) continue;
            text.append(p.getUnicode());
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
            baseline = Math.max(baseline, p.getYDirAdj());
            size = Math.max(size, sizeOf(p));
            if (p.getFont() != null && boldFonts.computeIfAbsent(p.getFont(), PageWordCollector::isBold)) boldGlyphs++;
            if (p.getFont() != null && italicFonts.computeIfAbsent(p.getFont(), PageWordCollector::isItalic)) italicGlyphs++;
        }
        if (text.isEmpty()) return;
        words.add(new Word(text.toString(), left, right, top, baseline, size, boldGlyphs * 2 > text.length(),
                italicGlyphs * 2 > text.length()));
    }

    /**
     * The glyph's font size in points. Some producers (macOS Quartz) draw at a scale that PDFBox's size does not
     * see, so a 12 pt text reports 71 pt; the glyph's own height then gives the size (a glyph is about 0.7 em).
     */
    private static float sizeOf(TextPosition p) {
        float reported = p.getFontSizeInPt(), height = p.getHeightDir();
        return height > 0 && reported > IMPLAUSIBLE_SIZE_RATIO * height ? height / GLYPH_HEIGHT_EMS : reported;
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        sink.page(getCurrentPageNo(), page, words, rules.rules());
        words = new ArrayList<>();
    }

    /** Lays out every page of the document; text goes to the sink, not to a writer. */
    public void run(PDDocument document) throws IOException {
        writeText(document, Writer.nullWriter());
    }

    private static boolean isItalic(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isItalic() || Math.abs(descriptor.getItalicAngle()) > 1)) return true;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("italic") || name.contains("oblique");
    }

    private static boolean isBold(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (descriptor != null && (descriptor.isForceBold() || descriptor.getFontWeight() >= 600)) return true;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                || name.contains("demi");
    }
}
