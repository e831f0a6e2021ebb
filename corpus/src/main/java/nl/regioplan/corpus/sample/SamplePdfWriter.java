package nl.regioplan.corpus.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.CCITTFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a sample PDF from seed pages, laid out like the real plans: most pages as two-column A4 magazine pages,
 * short or diagram-like pages as 16:9 slides, and exactly one image-only scanned page. Every page but the scan
 * carries a running header with the plan's title and a page number. The same input gives the same bytes.
 */
public final class SamplePdfWriter {
    private static final float HEADER_SIZE = 8;
    private static final float FOOTER_SIZE = 9;

    /**
     * Writes the PDF of {@code document} to {@code pdf} and returns what each of its pages holds.
     *
     * @throws IllegalArgumentException when no seed page from page 3 on has the 60 to 260 words a scanned page takes
     */
    public SampleDocumentTruth write(SampleDocument document, List<SeedPage> pages, Path pdf) throws IOException {
        try (OutputStream out = Files.newOutputStream(pdf)) {
            return write(document, pages, out);
        }
    }

    public SampleDocumentTruth write(SampleDocument document, List<SeedPage> pages, OutputStream out)
            throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            FontFamily fonts = FontFamily.load(pdf);
            List<PageDesign> designs = design(drawable(pages, fonts), fonts);
            List<SamplePageTruth> truth = new ArrayList<>();
            for (PageDesign design : designs) {
                int number = truth.size() + 1;
                draw(pdf, design, number, document.title(), fonts);
                truth.add(new SamplePageTruth(number, design.seedPage(), design.layout(), design.truth()));
            }
            describe(pdf, document);
            pdf.save(out);
            return new SampleDocumentTruth(document.id(), document.title(), document.region(), truth);
        }
    }

    private static List<PageDesign> design(List<SeedPage> pages, FontFamily fonts) {
        TwoColumnLayout columns = new TwoColumnLayout(fonts);
        SlideLayout slides = new SlideLayout(fonts);
        ScanLayout scans = new ScanLayout(fonts);
        List<PageDesign> designs = new ArrayList<>();
        boolean scanned = false;
        for (SeedPage page : pages) {
            boolean slideLike = SlideLayout.suits(page);
            Optional<PageDesign> single = Optional.empty();
            if (!scanned && !slideLike) {
                single = scans.layout(page);
                scanned = single.isPresent();
            }
            if (single.isEmpty() && slideLike) single = slides.layout(page);
            if (single.isPresent()) designs.add(single.get());
            else designs.addAll(columns.layout(page));
        }
        if (!scanned) throw new IllegalArgumentException("no seed page fits a scanned page");
        return designs;
    }

    /** The seed pages with every character one the fonts can draw, so the truth is what the page shows. */
    private static List<SeedPage> drawable(List<SeedPage> pages, FontFamily fonts) {
        List<SeedPage> result = new ArrayList<>();
        for (SeedPage page : pages) {
            List<Paragraph> paragraphs = new ArrayList<>();
            for (Paragraph p : page.paragraphs()) {
                String text = fonts.bold().drawable(fonts.regular().drawable(p.text()));
                paragraphs.add(new Paragraph(p.kind(), text));
            }
            result.add(new SeedPage(page.number(), paragraphs));
        }
        return result;
    }

    private static void draw(PDDocument pdf, PageDesign design, int number, String header, FontFamily fonts)
            throws IOException {
        PDRectangle size = design.frame().size();
        float margin = design.frame().margin();
        PDPage page = new PDPage(size);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
            if (design.scan() != null) {
                PDImageXObject image = CCITTFactory.createFromImage(pdf, design.scan());
                content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
                return;
            }
            String title = fonts.regular().drawable(header);
            if (design.layout() == PageLayout.SLIDE) {
                float width = fonts.regular().width(title, HEADER_SIZE);
                show(content, fonts.regular(), HEADER_SIZE, size.getWidth() - margin - width,
                        size.getHeight() - 28, title, 0.4f);
            } else {
                show(content, fonts.regular(), HEADER_SIZE, margin, size.getHeight() - 40, title, 0.4f);
                content.setStrokingColor(0.6f);
                content.setLineWidth(0.5f);
                content.moveTo(margin, size.getHeight() - 46);
                content.lineTo(size.getWidth() - margin, size.getHeight() - 46);
                content.stroke();
            }
            content.setNonStrokingColor(0.91f, 0.94f, 0.97f);
            for (Panel panel : design.panels()) {
                content.addRect(panel.x(), panel.y(), panel.width(), panel.height());
                content.fill();
            }
            for (TextRun run : design.runs()) {
                show(content, run.bold() ? fonts.bold() : fonts.regular(), run.size(), run.x(), run.baseline(),
                        run.text(), 0f);
            }
            // Under portrait columns the page number sits at the left margin: centred or on the right, it lies
            // below the left column, which reading-order analysis (pdftotext's) then widens over the right
            // column, reading the columns interleaved.
            String pageNumber = Integer.toString(number);
            float x = design.layout() == PageLayout.SLIDE
                    ? size.getWidth() - margin - fonts.regular().width(pageNumber, FOOTER_SIZE)
                    : margin;
            show(content, fonts.regular(), FOOTER_SIZE, x, 28, pageNumber, 0.4f);
        }
    }

    private static void show(PDPageContentStream content, LayoutFont font, float size, float x, float y, String text,
                             float gray) throws IOException {
        content.setNonStrokingColor(gray);
        content.beginText();
        content.setFont(font.pdfFont(), size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** Title, author and fixed dates and file id, so the same corpus is the same bytes on every run. */
    private static void describe(PDDocument pdf, SampleDocument document) {
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        created.clear();
        created.set(2023, Calendar.DECEMBER, 1, 12, 0, 0);
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setAuthor(document.region());
        info.setSubject("Regioplan Integraal Zorgakkoord (sample built from extracted text)");
        info.setCreator("Regioplan sample corpus");
        info.setCreationDate(created);
        info.setModificationDate(created);
        pdf.getDocumentCatalog().setLanguage("nl-NL");
        CRC32 crc = new CRC32();
        crc.update(document.id().getBytes(StandardCharsets.UTF_8));
        pdf.setDocumentId(crc.getValue());
    }
}
