package nl.regioplan.extractors.fork;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
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
        List<String> command = new ArrayList<>(ForkedTextExtractor.command(heap, true, PdfBoxTextBaseline.class));
        command.add(Integer.toString(parallel));
        long start = System.nanoTime();
        Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread watchdog = Thread.ofVirtual().start(() -> {
            try {
                if (!child.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) child.destroyForcibly();
            } catch (InterruptedException ended) {
                // the figures came back in time
            }
        });
        try {
            List<Path> files = largestFirst(pdfs);
            try (Writer in = child.outputWriter(StandardCharsets.UTF_8)) {
                for (Path pdf : files) in.write(pdf.toAbsolutePath() + "\n");
            } catch (IOException childGone) {
                // stopped at the deadline or ended before it read its input: the missing reply below says so
            }
            String reply = null;
            try (BufferedReader out = child.inputReader(StandardCharsets.UTF_8)) {
                for (String line; (line = out.readLine()) != null; ) if (line.startsWith(REPLY)) reply = line;
            }
            if (!child.waitFor(1, TimeUnit.MINUTES) || reply == null) {
                throw new IOException("PDFBox did not read the files within " + deadline.toMinutes()
                        + " min, or its JVM ended early (exit " + (child.isAlive() ? "none" : child.exitValue()) + ")");
            }
            String[] figures = reply.substring(REPLY.length()).split(" ");
            return new Cost((System.nanoTime() - start) / 1e9, Long.parseLong(figures[1]) / 1e9,
                    Long.parseLong(figures[0]), Integer.parseInt(figures[2]));
        } finally {
            watchdog.interrupt();
            child.destroyForcibly();
        }
    }

    static List<Path> largestFirst(List<Path> pdfs) throws IOException {
        Map<Path, Long> sizes = new HashMap<>();
        for (Path pdf : pdfs) sizes.put(pdf, Files.size(pdf));
        return pdfs.stream().sorted(Comparator.comparing(sizes::get, Comparator.reverseOrder())).toList();
    }

    /**
     * The child: its argument is the number of threads, its input one PDF path a line; prints the pages read,
     * its CPU nanoseconds and the number of files refused.
     */
    public static void main(String[] args) throws IOException {
        AtomicLong pages = new AtomicLong();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(Integer.parseInt(args[0]));
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
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
