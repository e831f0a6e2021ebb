package nl.regioplan.extractors.fork;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the text stage cannot cost less than while it reads PDFs with PDFBox: PDFBox's own text extraction
 * ({@link PDFTextStripper}, sorted by position as the word collector sorts) of the same files, with none of our
 * layout, cleaning, OCR or reply. One child JVM, started as the parse workers are, reads as many files at once
 * as the ingest does: its CPU time pays the JIT once, so it is a lower bound for any number of workers, and its
 * wall time shows what the cores can do. The ingest benchmark prints it beside pdftotext.
 */
public final class PdfBoxTextBaseline {
    /** Wall time from the child's start to its exit, its CPU time, the pages read and the files PDFBox refused. */
    public record Cost(double wallSeconds, double cpuSeconds, long pages, int refused) {
    }

    private static final String REPLY = "regioplan-pdfbox-baseline ";

    private PdfBoxTextBaseline() {
    }

    /**
     * Reads the PDFs on {@code threads} threads of one child JVM, the largest first so the threads end about
     * together; a child still reading at the deadline (a PDF PDFBox loops on) is stopped and no figures come back.
     */
    public static Cost measure(List<Path> pdfs, int threads, Duration deadline) throws IOException, InterruptedException {
        int parallel = Math.max(1, threads);
        ParseBudget heap = new ParseBudget(ParseBudget.DEFAULT_MEMORY_MB * parallel, ParseBudget.DEFAULT_TIMEOUT);
        // files, not pipes, on both sides: the deadline's destroy then has no stream to close under a read or write
        Path list = Files.createTempFile("regioplan-pdfbox-baseline", ".txt");
        Path replyFile = Files.createTempFile("regioplan-pdfbox-baseline", ".out");
        try {
            Files.write(list, largestFirst(pdfs).stream().map(pdf -> pdf.toAbsolutePath().toString()).toList());
            List<String> command = new ArrayList<>(ForkedTextExtractor.command(heap, true, PdfBoxTextBaseline.class));
            command.add(Integer.toString(parallel));
            command.add(list.toString());
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectOutput(replyFile.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            child.getOutputStream().close();
            boolean done = child.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS);
            double wall = (System.nanoTime() - start) / 1e9;
            if (!done) {
                child.destroyForcibly().waitFor();
                throw new IOException("PDFBox did not read the files within " + describe(deadline));
            }
            String reply = Files.readAllLines(replyFile, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith(REPLY)).reduce((first, last) -> last)
                    .orElseThrow(() -> new IOException("PDFBox's JVM ended without figures (exit " + child.exitValue() + ")"));
            String[] figures = reply.substring(REPLY.length()).split(" ");
            return new Cost(wall, Long.parseLong(figures[1]) / 1e9, Long.parseLong(figures[0]), Integer.parseInt(figures[2]));
        } finally {
            Files.deleteIfExists(list);
            Files.deleteIfExists(replyFile);
        }
    }

    private static String describe(Duration deadline) {
        return deadline.toMinutes() > 0 ? deadline.toMinutes() + " min" : deadline.toMillis() + " ms";
    }

    static List<Path> largestFirst(List<Path> pdfs) throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path pdf : pdfs) sizes.put(pdf, Files.size(pdf));
        return pdfs.stream().sorted(Comparator.comparing(sizes::get, Comparator.reverseOrder())).toList();
    }

    /**
     * The child: its arguments are the number of threads and a file of PDF paths, one a line; prints the pages read,
     * its CPU nanoseconds and the number of files refused.
     */
    public static void main(String[] args) throws IOException {
        AtomicLong pages = new AtomicLong();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(Integer.parseInt(args[0]));
        for (String line : Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8)) {
            if (line.isBlank()) continue;
            Path pdf = Path.of(line);
            threads.execute(() -> {
                try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setSortByPosition(true);
                    stripper.getText(document);
                    pages.addAndGet(document.getNumberOfPages());
                } catch (IOException | RuntimeException e) {
                    refused.incrementAndGet();
                }
            });
        }
        threads.close();
        System.out.println(REPLY + pages + " " + ParseWorker.processCpuNanos() + " " + refused);
    }
}
