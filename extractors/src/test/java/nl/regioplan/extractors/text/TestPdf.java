package nl.regioplan.extractors.text;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Builds small PDFs with text at known places, so tests know the reading order a reader expects. */
final class TestPdf implements AutoCloseable {
    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font ITALIC = new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE);

    final PDDocument document = new PDDocument();
    private PDPage page;
    private PDPageContentStream content;

    TestPdf page(PDRectangle size) throws IOException {
        closePage();
        page = new PDPage(size);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        return this;
    }

    TestPdf a4() throws IOException {
        return page(PDRectangle.A4);
    }

    /** Writes one line with its baseline {@code y} points below the top edge. */
    TestPdf text(float x, float y, PDType1Font font, float size, String text) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, page.getMediaBox().getHeight() - y);
        content.showText(text);
        content.endText();
        return this;
    }

    /** Writes lines one under the other; returns the y below the last line. */
    float lines(float x, float y, float size, List<String> lines) throws IOException {
        float current = y;
        for (String line : lines) {
            text(x, current, REGULAR, size, line);
            current += size * 1.3f;
        }
        return current;
    }

    /** Strokes a straight line between two points given, like text, from the top edge down. */
    TestPdf line(float x1, float y1, float x2, float y2) throws IOException {
        float height = page.getMediaBox().getHeight();
        content.setLineWidth(0.5f);
        content.moveTo(x1, height - y1);
        content.lineTo(x2, height - y2);
        content.stroke();
        return this;
    }

    /** Strokes a rectangle's outline; its top edge {@code y} points below the top of the page. */
    TestPdf box(float x, float y, float width, float height) throws IOException {
        content.setLineWidth(0.5f);
        content.addRect(x, page.getMediaBox().getHeight() - y - height, width, height);
        content.stroke();
        return this;
    }

    PDPage currentPage() {
        return page;
    }

    PDPageContentStream content() {
        return content;
    }

    void save(Path path) throws IOException {
        closePage();
        document.save(path.toFile());
    }

    @Override
    public void close() throws IOException {
        closePage();
        document.close();
    }

    private void closePage() throws IOException {
        if (content != null) content.close();
        content = null;
    }

    /** Breaks text into lines of at most {@code width} characters, at spaces. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (!line.isEmpty()) line.append(' ');
            line.append(word);
        }
        if (!line.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
