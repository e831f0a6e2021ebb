package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real PDF of the shared corpus extracts without an exception and with text on nearly every page.
 * Prints pages per file and the overall speed; the figures are not asserted (see {@link ExtractionBenchmark}).
 */
class CorpusExtractionTest {
    @Test
    void extractsEveryCorpusPdfWithTextOnNearlyEveryPage() throws Exception {
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus.toAbsolutePath() + "; skipping");
        List<Path> pdfs = pdfs(corpus);
        assertThat(pdfs).hasSizeGreaterThanOrEqualTo(51);

        PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor();
        int pages = 0, pagesWithText = 0;
        List<String> emptyPages = new ArrayList<>();
        long start = System.nanoTime();
        for (Path pdf : pdfs) {
            long fileStart = System.nanoTime();
            DocumentText text = extractor.extract(pdf, pdf.getFileName().toString().replaceFirst("\\.pdf$", ""));
            double seconds = (System.nanoTime() - fileStart) / 1e9;
            int withText = 0, ocr = 0;
            for (PageText page : text.pages()) {
                if (!page.blocks().isEmpty()) withText++;
                else emptyPages.add(pdf.getFileName() + " p" + page.number() + " (" + page.note() + ")");
                if (page.ocr()) ocr++;
            }
            System.out.printf("%-75s %4d pages %4d with text %2d OCR %6.2f s%n", pdf.getFileName(), text.pages().size(), withText, ocr, seconds);
            assertThat(text.pages()).hasSize(text.metadata().pageCount());
            pages += text.pages().size();
            pagesWithText += withText;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("TOTAL %d files, %d pages, %d with text, %.1f s, %.1f pages/s%n", pdfs.size(), pages, pagesWithText, seconds, pages / seconds);
        emptyPages.forEach(p -> System.out.println("  empty: " + p));
        assertThat(pagesWithText).isGreaterThanOrEqualTo((int) (pages * 0.97));
    }

    static List<Path> pdfs(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
