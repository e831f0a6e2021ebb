package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import nl.regioplan.extractors.ocr.PageOcr;
import nl.regioplan.extractors.ocr.TesseractPageOcr;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages that are only a picture of text (scans, exported slides) are read with OCR, decided per page. */
class OcrPageTest {
    private static final List<String> SCANNED = List.of(
            "Gezondheid en zorg",
            "in de regio Achterhoek",
            "Samen werken aan preventie");

    @TempDir
    Path dir;

    @Test
    void readsAnImageOnlyPageWithTesseractAndLeavesTextPagesAlone() throws Exception {
        TesseractPageOcr tesseract = new TesseractPageOcr();
        assumeTrue(tesseract.unavailableReason().isEmpty(), () -> "skipped: " + tesseract.unavailableReason().orElseThrow());
        Path pdf = scannedPdf();

        DocumentText text = new PdfDocumentTextExtractor(tesseract).extract(pdf, "scan");

        PageText textPage = text.pages().get(0), scanPage = text.pages().get(1);
        assertThat(textPage.ocr()).isFalse();
        assertThat(textPage.text()).isEqualTo("Deze pagina heeft een gewone tekstlaag met zinnen.");
        assertThat(scanPage.ocr()).isTrue();
        assertThat(scanPage.text()).contains("Gezondheid", "zorg", "regio", "Achterhoek", "preventie");
    }

    @Test
    void keepsScannedPagesInPageOrderWhenTheirOcrEndsOutOfOrder() throws Exception {
        TesseractPageOcr tesseract = new TesseractPageOcr();
        assumeTrue(tesseract.unavailableReason().isEmpty(), () -> "skipped: " + tesseract.unavailableReason().orElseThrow());
        AtomicInteger calls = new AtomicInteger();
        PageOcr firstPageSlow = new PageOcr() {
            @Override
            public Optional<String> unavailableReason() {
                return tesseract.unavailableReason();
            }

            @Override
            public String recognise(BufferedImage page) throws IOException {
                if (calls.getAndIncrement() == 0) {
                    try {
                        Thread.sleep(1500);
                    } catch (InterruptedException e) {
                        throw new IOException(e);
                    }
                }
                return tesseract.recognise(page);
            }
        };
        List<List<String>> scans = List.of(List.of("Eerste pagina"), List.of("Tweede pagina"), List.of("Derde pagina"));
        Path pdf = dir.resolve("scans.pdf");
        try (TestPdf out = new TestPdf()) {
            for (List<String> lines : scans) {
                out.a4();
                PDImageXObject image = LosslessFactory.createFromImage(out.document, textImage(lines));
                out.content().drawImage(image, 40, 500, 515, 515f * image.getHeight() / image.getWidth());
            }
            out.save(pdf);
        }

        List<PageText> pages = new PdfDocumentTextExtractor(firstPageSlow).extract(pdf, "scans").pages();

        assertThat(pages).extracting(PageText::number).containsExactly(1, 2, 3);
        assertThat(pages).allMatch(PageText::ocr);
        assertThat(pages.get(0).text()).contains("Eerste");
        assertThat(pages.get(1).text()).contains("Tweede");
        assertThat(pages.get(2).text()).contains("Derde");
    }

    @Test
    void marksAnImageOnlyPageWhenNoOcrEngineIsInstalled() throws Exception {
        PageOcr missing = new PageOcr() {
            @Override
            public Optional<String> unavailableReason() {
                return Optional.of("Tesseract is not installed");
            }

            @Override
            public String recognise(BufferedImage page) {
                throw new AssertionError("must not be called");
            }
        };

        PageText scanPage = new PdfDocumentTextExtractor(missing).extract(scannedPdf(), "scan").pages().get(1);

        assertThat(scanPage.blocks()).isEmpty();
        assertThat(scanPage.ocr()).isFalse();
        assertThat(scanPage.note()).contains("image-only", "Tesseract is not installed");
    }

    /** A text page, then a page holding only an image of text and a page number in its text layer. */
    private Path scannedPdf() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (TestPdf out = new TestPdf()) {
            out.a4().lines(60, 100, 10, List.of("Deze pagina heeft een gewone tekstlaag met zinnen."));
            out.a4();
            PDImageXObject image = LosslessFactory.createFromImage(out.document, textImage(SCANNED));
            out.content().drawImage(image, 40, 500, 515, 515f * image.getHeight() / image.getWidth());
            out.text(290, 810, TestPdf.REGULAR, 9, "2");
            out.save(pdf);
        }
        return pdf;
    }

    private static BufferedImage textImage(List<String> lines) {
        BufferedImage image = new BufferedImage(1800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 96));
        for (int i = 0; i < lines.size(); i++) g.drawString(lines.get(i), 60, 150 + i * 160);
        g.dispose();
        return image;
    }
}
