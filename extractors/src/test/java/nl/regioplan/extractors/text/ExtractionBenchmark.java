package nl.regioplan.extractors.text;

import nl.regioplan.extractors.program.ExternalProgram;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import nl.regioplan.extractors.ocr.PageOcr;
import nl.regioplan.extractors.ocr.TesseractPageOcr;
import nl.regioplan.extractors.ocr.TimedPageOcr;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.parser.EmptyParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Measures the text stage on a set of PDFs: pages, seconds, pages per second and the peak heap in use, and, when
 * poppler's {@code pdftotext} is on the PATH, the same files through pdftotext for a reference ratio; plain Tika
 * text extraction gives a second reference measured in the same JVM. Test code: the tests and
 * {@link #main} (a cold and a warm run for files or directories given as arguments) use it; {@code regioplan bench
 * ingest} measures the whole ingest instead.
 */
public final class ExtractionBenchmark {
    private static final long SAMPLE_MILLIS = 10;

    /**
     * @param pages         pages extracted (of files that did not fail)
     * @param ocrPages      pages among them read by OCR, which costs seconds each
     * @param failures      files refused with an {@link ExtractionException}
     * @param peakHeapBytes the most heap in use at any sample during the run (0 for an external tool)
     */
    public record Result(String tool, int files, int failures, int pages, int ocrPages, double seconds,
                         double ocrSeconds, long peakHeapBytes) {
        public double pagesPerSecond() {
            return seconds == 0 ? 0 : pages / seconds;
        }

        /** Speed on pages with a text layer: OCR pages and the time spent in OCR left out. */
        public double textPagesPerSecond() {
            double textSeconds = seconds - ocrSeconds;
            return textSeconds <= 0 ? 0 : (pages - ocrPages) / textSeconds;
        }

        @Override
        public String toString() {
            return String.format("%-12s %3d files (%d failed) %5d pages (%d OCR in %.1f s) %7.2f s %7.1f pages/s"
                            + " (text pages %.1f/s)  peak heap %s",
                    tool, files, failures, pages, ocrPages, ocrSeconds, seconds, pagesPerSecond(), textPagesPerSecond(),
                    peakHeapBytes == 0 ? "n/a" : peakHeapBytes / (1024 * 1024) + " MB");
        }
    }

    private ExtractionBenchmark() {
    }

    /** Extracts every PDF once with a new default extractor (Tesseract OCR when installed). */
    public static Result run(List<Path> pdfs) {
        return run(pdfs, new TesseractPageOcr());
    }

    /** Extracts every PDF once with a new extractor using the given OCR engine. */
    public static Result run(List<Path> pdfs, PageOcr ocr) {
        TimedPageOcr timed = TimedPageOcr.wallTime(ocr);
        return run(pdfs, new PdfDocumentTextExtractor(timed), timed);
    }

    private static Result run(List<Path> pdfs, DocumentTextExtractor extractor, TimedPageOcr ocr) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        AtomicLong peak = new AtomicLong(memory.getHeapMemoryUsage().getUsed());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(SAMPLE_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        int pages = 0, ocrPages = 0, failures = 0;
        long start = System.nanoTime();
        try {
            for (Path pdf : pdfs) {
                try {
                    DocumentText text = extractor.extract(pdf, pdf.getFileName().toString().replaceFirst("\\.pdf$", ""));
                    pages += text.pages().size();
                    ocrPages += (int) text.pages().stream().filter(PageText::ocr).count();
                } catch (ExtractionException e) {
                    failures++;
                }
            }
        } finally {
            running.set(false);
            sampler.interrupt();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Result("extractor", pdfs.size(), failures, pages, ocrPages, seconds, ocr.nanos() / 1e9, peak.get());
    }

    /**
     * The same files through plain Tika text extraction (its PDF parser, annotations off, no layout, no cleaning):
     * the baseline the text stage is measured against, in the same JVM under the same load.
     */
    public static Result runTikaText(List<Path> pdfs) {
        PDFParserConfig config = new PDFParserConfig();
        config.setExtractAnnotationText(false);
        config.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        PDFParser parser = new PDFParser();
        parser.setPDFParserConfig(config);
        int pages = 0, failures = 0;
        long start = System.nanoTime();
        for (Path pdf : pdfs) {
            Metadata metadata = new Metadata();
            ParseContext context = new ParseContext();
            context.set(Parser.class, new EmptyParser());
            try (TikaInputStream in = TikaInputStream.get(pdf)) {
                parser.parse(in, new BodyContentHandler(-1), metadata, context);
                pages += metadata.getInt(PagedText.N_PAGES);
            } catch (IOException | SAXException | TikaException | RuntimeException e) {
                failures++;
            }
        }
        return new Result("tika-text", pdfs.size(), failures, pages, 0, (System.nanoTime() - start) / 1e9, 0, 0);
    }

    /** The same files through {@code pdftotext}, one process per file as a shell script would; empty without it. */
    public static Optional<Result> runPdftotext(List<Path> pdfs) throws IOException {
        Optional<Path> pdftotext = ExternalProgram.onPath("pdftotext");
        if (pdftotext.isEmpty()) return Optional.empty();
        int pages = 0, failures = 0;
        long start = System.nanoTime();
        for (Path pdf : pdfs) {
            Process process = new ProcessBuilder(pdftotext.get().toString(), "-q", "-enc", "UTF-8", pdf.toString(), "-")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            int formFeeds = 0;
            try (InputStream out = process.getInputStream()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = out.read(buffer)) > 0; ) {
                    for (int i = 0; i < n; i++) if (buffer[i] == '\f') formFeeds++;
                }
            }
            try {
                if (process.waitFor() != 0) failures++;
                else pages += formFeeds;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while running pdftotext", e);
            }
        }
        return Optional.of(new Result("pdftotext", pdfs.size(), failures, pages, 0, (System.nanoTime() - start) / 1e9, 0, 0));
    }

    /** The PDFs among the given files and (non-recursively) directories, in name order. */
    public static List<Path> pdfs(List<Path> filesOrDirectories) throws IOException {
        List<Path> pdfs = new ArrayList<>();
        for (Path path : filesOrDirectories) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.list(path)) {
                    files.filter(p -> p.getFileName().toString().toLowerCase().endsWith(".pdf")).sorted().forEach(pdfs::add);
                }
            } else {
                pdfs.add(path);
            }
        }
        return pdfs;
    }

    public static void main(String[] args) throws IOException {
        List<Path> pdfs = pdfs(Stream.of(args.length == 0 ? new String[] {"../shared/corpus/pdf"} : args).map(Path::of).toList());
        TimedPageOcr coldOcr = TimedPageOcr.wallTime(new TesseractPageOcr());
        PdfDocumentTextExtractor extractor = new PdfDocumentTextExtractor(coldOcr);
        Result cold = run(pdfs, extractor, coldOcr);
        System.out.println("cold  " + cold);
        Result warm = run(pdfs, new TesseractPageOcr());
        System.out.println("warm  " + warm);
        Result tika = runTikaText(pdfs);
        System.out.println("warm  " + tika);
        System.out.printf("warm extractor / Tika text speed: %.2f (text pages only: %.2f)%n",
                warm.pagesPerSecond() / tika.pagesPerSecond(), warm.textPagesPerSecond() / tika.pagesPerSecond());
        System.out.printf("max heap %d MB%n", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        Optional<Result> reference = runPdftotext(pdfs);
        if (reference.isPresent()) {
            System.out.println("      " + reference.get());
            System.out.printf("warm extractor / pdftotext speed: %.2f (text pages only: %.2f)%n",
                    warm.pagesPerSecond() / reference.get().pagesPerSecond(),
                    warm.textPagesPerSecond() / reference.get().pagesPerSecond());
        } else {
            System.out.println("pdftotext not on the PATH: no reference run");
        }
    }
}
