package nl.regioplan.pipeline.bench;

import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.extractors.fork.ParseCosts;
import nl.regioplan.extractors.fork.PdfBoxTextBaseline;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.route.Ingestion;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times a full ingest (text, records, index) of some PDFs into a fresh data folder, then a second ingest of the
 * same, unchanged files into the same folder, and pdftotext and PDFBox's own text extraction on the same files in
 * the same run. Prints pages/s, the ratios to both, the floor they set, the CPU time of each stage (the text stage
 * runs in the parse workers, so their CPU time is what it costs; OCR, in Tesseract processes, separately), peak
 * heap of this process and of the workers.
 */
public final class IngestBenchmark {
    private final PrintStream out;

    public IngestBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(List<IncomingDocument> documents, int threads) throws Exception {
        Path data = Files.createTempDirectory("regioplan-bench");
        try {
            double pdftotext = pdftotext(documents);
            PdfBoxTextBaseline.Cost pdfbox = pdfbox(documents, threads, pdftotext);
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            IngestTally tally;
            ParseCosts parse;
            try (Ingestion ingestion = Ingestion.open(new DataStore(data), threads, null, null)) {
                tally = ingestion.run(documents);
                parse = ingestion.parseCosts();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double ownCpu = (processCpuNanos() - cpuStart) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            out.println(tally.summary());
            out.printf(Locale.ROOT, "ingest: %d documents, %d pages in %.1f s with %d threads = %.1f pages/s%n",
                    tally.ingested(), tally.pages(), seconds, threads, tally.pages() / seconds);
            if (pdftotext > 0) {
                out.printf(Locale.ROOT, "pdftotext: %.1f s on the same files (one process per file, one core), before the"
                        + " ingest in this run; our full ingest takes %.2fx its time%n", pdftotext, seconds / pdftotext);
            }
            if (pdfbox != null) {
                out.printf(Locale.ROOT, "PDFBox alone: %.1f s%s, %.1f s CPU in one child JVM started as the parse"
                                + " workers are, on %d threads (PDFTextStripper sorted by position, %d pages%s; no layout,"
                                + " cleaning, OCR, records or index), after pdftotext and before the ingest in this run%n",
                        pdfbox.wallSeconds(), pdftotext > 0
                                ? String.format(Locale.ROOT, " (%.2fx pdftotext)", pdfbox.wallSeconds() / pdftotext) : "",
                        pdfbox.cpuSeconds(), threads, pdfbox.pages(),
                        pdfbox.refused() > 0 ? ", " + pdfbox.refused() + " files refused" : "");
            }
            stages(tally, parse, ownCpu, seconds, threads, pdftotext);
            floor(pdfbox, parse, threads, pdftotext);
            out.printf(Locale.ROOT, "peak heap: %d MB (max heap %d MB); parse workers (%d child JVMs): peak heap %d MB"
                            + " of %d MB each%n", peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, threads,
                    parse.peakHeapBytes() >> 20, ParseBudget.DEFAULT_MEMORY_MB);

            long again = System.nanoTime();
            IngestTally second;
            try (Ingestion ingestion = Ingestion.open(new DataStore(data), threads, null, null)) {
                second = ingestion.run(documents);
            }
            double secondSeconds = (System.nanoTime() - again) / 1e9;
            out.printf(Locale.ROOT, "re-ingest of the unchanged files into the same data folder: %.2f s = %.1f%% of the"
                            + " first ingest (%d unchanged, %d ingested; start-up included, in the same JVM)%n",
                    secondSeconds, 100 * secondSeconds / seconds, second.unchangedCount(), second.ingested());
        } finally {
            deleteTree(data);
        }
    }

    private void stages(IngestTally tally, ParseCosts parse, double ownCpu, double seconds, int threads, double pdftotext) {
        double records = tally.seconds(IngestTally.Stage.RECORDS);
        double index = tally.seconds(IngestTally.Stage.INDEX);
        double text = parse.cpuSeconds();
        double ocr = parse.ocrSeconds();
        double other = Math.max(0, ownCpu - records - index);
        double total = text + ocr + records + index + other;
        out.printf(Locale.ROOT, "stages (CPU seconds, %.1f s in all over %d cores): text %.1f s (%.0f%%, the parse workers"
                        + " JVMs, start-up included), OCR %.1f s (%.0f%%, the Tesseract processes, %d pages),"
                        + " records %.1f s (%.0f%%), index %.1f s (%.0f%%), rest of this process %.1f s (%.0f%%: start-up,"
                        + " models, Camel, stores, Lucene merges, JIT, GC)%n",
                total, Runtime.getRuntime().availableProcessors(), text, pct(text, total), ocr, pct(ocr, total),
                parse.ocrPages(), records, pct(records, total), index, pct(index, total), other, pct(other, total));
        if (parse.ocrPages() > 0) {
            // the OCR'd pages' share of the wall time, taking Tesseract's calls as running on one of the threads
            double withoutOcr = seconds - ocr / threads;
            out.printf(Locale.ROOT, "OCR pages: %d of %d pages, %.1f s of Tesseract = about %.0f%% of the ingest's wall"
                            + " time; without them about %.1f s%s%n", parse.ocrPages(), tally.pages(), ocr,
                    100 * (ocr / threads) / seconds, withoutOcr,
                    pdftotext > 0 ? String.format(Locale.ROOT, " = %.2fx pdftotext", withoutOcr / pdftotext) : "");
        }
    }

    /**
     * PDFBox's own text extraction of the same files, given as long as 20 times pdftotext took (pdftotext gives up
     * on a file after two minutes, PDFBox may loop on one) and at least five minutes; null when it did not finish.
     */
    private PdfBoxTextBaseline.Cost pdfbox(List<IncomingDocument> documents, int threads, double pdftotext)
            throws InterruptedException {
        Duration deadline = Duration.ofSeconds(Math.max(300, (long) (20 * pdftotext)));
        try {
            return PdfBoxTextBaseline.measure(documents.stream().map(IncomingDocument::file).toList(), threads, deadline);
        } catch (IOException e) {
            out.println("PDFBox alone: not measured, " + e.getMessage());
            return null;
        }
    }

    /**
     * The least wall time any ingest that reads with PDFBox and OCRs these pages with Tesseract can take on these
     * cores: PDFBox's own extraction and the Tesseract processes' CPU, spread perfectly over the cores.
     */
    private void floor(PdfBoxTextBaseline.Cost pdfbox, ParseCosts parse, int threads, double pdftotext) {
        if (pdftotext <= 0 || pdfbox == null) return;
        int cores = Math.min(threads, Runtime.getRuntime().availableProcessors());
        double floor = Math.max(pdfbox.wallSeconds(), (pdfbox.cpuSeconds() + parse.ocrSeconds()) / cores);
        out.printf(Locale.ROOT, "floor: PDFBox alone (%.1f s CPU) and Tesseract on the OCR pages (%.1f s CPU) over %d"
                        + " cores take at least %.1f s = %.2fx pdftotext before any layout, records or index%n",
                pdfbox.cpuSeconds(), parse.ocrSeconds(), cores, floor, floor / pdftotext);
    }

    private static double pct(double part, double total) {
        return total <= 0 ? 0 : 100 * part / total;
    }

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /** pdftotext one process per file, as the baseline in the build notes; 0 when it is not installed. */
    private double pdftotext(List<IncomingDocument> documents) throws Exception {
        long start = System.nanoTime();
        for (IncomingDocument d : documents) {
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-q", d.file().toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                out.println("pdftotext: not installed, no comparison (apt-get install poppler-utils)");
                return 0;
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
