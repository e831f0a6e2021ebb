package nl.regioplan.extractors.text;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import nl.regioplan.extractors.layout.LaidOutBlock;
import nl.regioplan.extractors.layout.PageLayout;
import nl.regioplan.extractors.layout.PageWordCollector;
import nl.regioplan.extractors.layout.Rule;
import nl.regioplan.extractors.layout.Word;
import nl.regioplan.extractors.ocr.ConcurrentPageOcr;
import nl.regioplan.extractors.ocr.OcrTextBlocks;
import nl.regioplan.extractors.ocr.PageOcr;
import nl.regioplan.extractors.ocr.TesseractPageOcr;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns a PDF into page-aware clean text. Who does what:
 * <ul>
 *   <li>Tika classifies the input (magic-byte type detection) and reads the metadata (Info dictionary merged
 *       with XMP, ISO dates); see {@link PdfInputCheck} and {@link TikaMetadataReader}.</li>
 *   <li>PDFBox opens the document (scratch in temp files, so a long PDF fits a small heap) and gives the
 *       positioned words and straight strokes of each page; our layout ({@link PageLayout}) reads drawn tables
 *       by their grid and puts the rest in reading order and blocks. Tika's own text output cannot be used for that: it
 *       keeps no positions, and sorting by position (its only alternative to content-stream order)
 *       interleaves columns. Annotations are never read, so link URLs stay out of the text.</li>
 *   <li>A page without a usable text layer (fewer than {@value #MIN_LETTERS} letters, e.g. only a page number)
 *       that shows an image is rendered by PDFBox and read by Tesseract through Tika ({@link TesseractPageOcr}),
 *       decided per page, on several threads while the following pages are laid out ({@link ConcurrentPageOcr}).
 *       Text pages are never OCR'd.</li>
 *   <li>The document-wide {@link PageCleaner} removes running headers and footers and runs the cleaning chain.</li>
 * </ul>
 * Thread-safe: one instance may extract different PDFs on several threads at once.
 */
public final class PdfDocumentTextExtractor implements DocumentTextExtractor {
    static final int MIN_LETTERS = 10;
    private static final int OCR_DPI = 300;
    /** Tesseract runs single-threaded; a document's image pages are read on as many threads as there are cores. */
    private static final int OCR_THREADS = Runtime.getRuntime().availableProcessors();
    /** A page object takes some 50 bytes at the least ("<</Type/Page/Parent 2 0 R>>" and its xref entry). */
    private static final int MIN_BYTES_PER_PAGE = 40;

    private final PageOcr ocr;
    private final PdfInputCheck inputCheck = new PdfInputCheck();
    private final TikaMetadataReader metadataReader = new TikaMetadataReader();
    private final PageLayout layout = new PageLayout();

    /** OCR in Dutch with Tesseract when it is installed. */
    public PdfDocumentTextExtractor() {
        this(new TesseractPageOcr());
    }

    public PdfDocumentTextExtractor(PageOcr ocr) {
        this.ocr = ocr;
    }

    @Override
    public DocumentText extract(Path pdf, String doc, String sha256) throws ExtractionException {
        inputCheck.check(pdf);
        try (PDDocument document = open(pdf)) {
            List<RawPage> pages = layOut(document);
            DocumentMetadata metadata = metadataReader.read(pdf, document);
            List<PageText> text = new PageCleaner().clean(pages);
            // pages waiting for an OCR engine are not "no text": the notes say what to install
            if (text.stream().allMatch(p -> p.blocks().isEmpty()) && pages.stream().noneMatch(RawPage::awaitsOcr)) {
                throw new ExtractionException(ExtractionFailure.NO_TEXT, pdf.getFileName() + ", " + pages.size() + " pages", null);
            }
            return new DocumentText(doc, sha256, metadata, text);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static PDDocument open(Path pdf) throws ExtractionException {
        try {
            PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(pdf.toFile()), "", null, null,
                    IOUtils.createTempFileOnlyStreamCache());
            if (document.getNumberOfPages() == 0) {
                document.close();
                throw new ExtractionException(ExtractionFailure.CORRUPT, pdf.getFileName() + " has no pages", null);
            }
            long size = Files.size(pdf);
            if (document.getNumberOfPages() > size / MIN_BYTES_PER_PAGE + 1) {
                int claimed = document.getNumberOfPages();
                document.close();
                throw new ExtractionException(ExtractionFailure.CORRUPT, pdf.getFileName() + ": its page tree claims "
                        + claimed + " pages, more than a file of " + size + " bytes can hold", null);
            }
            return document;
        } catch (InvalidPasswordException e) {
            throw new ExtractionException(ExtractionFailure.ENCRYPTED, pdf.getFileName() + " needs a password to open", e);
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, pdf.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private List<RawPage> layOut(PDDocument document) throws IOException {
        List<PageInProgress> pages = new ArrayList<>(document.getNumberOfPages());
        PDFRenderer renderer = new PDFRenderer(document);
        try (ConcurrentPageOcr ocrThreads = new ConcurrentPageOcr(ocr, OCR_THREADS)) {
            PageWordCollector collector = new PageWordCollector((number, page, words, rules) -> {
                // PDFBox skips pages without a content stream: they are blank
                while (pages.size() < number - 1) pages.add(blank(document, pages.size() + 1));
                pages.add(layOutPage(renderer, ocrThreads, number, page, words, rules));
            });
            collector.run(document);
            while (pages.size() < document.getNumberOfPages()) pages.add(blank(document, pages.size() + 1));
            List<RawPage> laidOut = new ArrayList<>(pages.size());
            for (PageInProgress page : pages) laidOut.add(page.finish());
            return laidOut;
        }
    }

    /** A laid-out page, or an image-only page whose OCR may still be running. */
    @FunctionalInterface
    private interface PageInProgress {
        RawPage finish() throws IOException;
    }

    private PageInProgress layOutPage(PDFRenderer renderer, ConcurrentPageOcr ocrThreads, int number, PDPage page,
                                      List<Word> words, List<Rule> rules) throws IOException {
        List<LaidOutBlock> blocks = layout.blocks(words, rules);
        float height = height(page);
        if (letters(words) >= MIN_LETTERS) return done(new RawPage(number, height, blocks, false, null));
        if (!showsImage(page.getResources(), 0)) {
            return done(new RawPage(number, height, blocks, false, blocks.isEmpty() ? "blank page" : null));
        }
        Optional<String> unavailable = ocr.unavailableReason();
        if (unavailable.isPresent()) {
            return done(new RawPage(number, height, List.of(), false, RawPage.NOT_OCRD + unavailable.get()));
        }
        Future<String> text = ocrThreads.recognise(() -> renderer.renderImageWithDPI(number - 1, OCR_DPI, ImageType.GRAY));
        return () -> {
            List<LaidOutBlock> ocrBlocks = OcrTextBlocks.blocks(ConcurrentPageOcr.text(text));
            return new RawPage(number, height, ocrBlocks, true, ocrBlocks.isEmpty() ? "image-only page, OCR found no text" : null);
        };
    }

    private static PageInProgress done(RawPage page) {
        return () -> page;
    }

    private static PageInProgress blank(PDDocument document, int number) {
        return done(new RawPage(number, height(document.getPage(number - 1)), List.of(), false, "blank page"));
    }

    /** Height as text positions see it: PDFBox measures them on the rotated page. */
    private static float height(PDPage page) {
        int rotation = page.getRotation() % 180;
        return rotation == 0 ? page.getCropBox().getHeight() : page.getCropBox().getWidth();
    }

    private static int letters(List<Word> words) {
        int letters = 0;
        for (Word word : words) letters += (int) word.text().chars().filter(Character::isLetter).count();
        return letters;
    }

    /** Whether the page draws an image, directly or inside a form XObject (scanners often wrap scans in forms). */
    private static boolean showsImage(PDResources resources, int depth) throws IOException {
        if (resources == null || depth > 3) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject) return true;
            if (object instanceof PDFormXObject form && showsImage(form.getResources(), depth + 1)) return true;
        }
        return false;
    }
}
