package nl.regioplan.pipeline.bench;

import nl.regioplan.extractors.fork.ParseBudget;
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
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Times a full ingest (text, records, index) of some PDFs into a fresh data folder and prints pages/s, the
 * stages' shares, peak heap (of this process and of the parse workers), and the ratio to pdftotext on the same files when pdftotext is installed.
 */
public final class IngestBenchmark {
    private final PrintStream out;

    public IngestBenchmark(PrintStream out) {
        this.out = out;
    }

    public void run(List<IncomingDocument> documents, int threads) throws Exception {
        Path data = Files.createTempDirectory("regioplan-bench");
        try {
            ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
            long start = System.nanoTime();
            IngestTally tally;
            long parsePeakHeap;
            try (Ingestion ingestion = Ingestion.open(new DataStore(data), threads, null, null)) {
                tally = ingestion.run(documents);
                parsePeakHeap = ingestion.parsePeakHeapBytes();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();

            double text = tally.seconds(IngestTally.Stage.TEXT);
            double records = tally.seconds(IngestTally.Stage.RECORDS);
            double index = tally.seconds(IngestTally.Stage.INDEX);
            out.println(tally.summary());
            out.printf(Locale.ROOT, "ingest: %d documents, %d pages in %.1f s with %d threads = %.1f pages/s%n",
                    tally.ingested(), tally.pages(), seconds, threads, tally.pages() / seconds);
            out.printf(Locale.ROOT, "stages (thread-seconds): text %.1f s, records %.1f s, index %.1f s;"
                    + " the record extractors add %.0f%% to an ingest without them (text + index)%n",
                    text, records, index, 100 * records / Math.max(1e-9, text + index));
            out.printf(Locale.ROOT, "peak heap: %d MB (max heap %d MB); parse workers (%d child JVMs): peak heap %d MB"
                            + " of %d MB each%n", peakHeap >> 20, Runtime.getRuntime().maxMemory() >> 20, threads,
                    parsePeakHeap >> 20, ParseBudget.DEFAULT_MEMORY_MB);
            pdftotext(documents, seconds);
        } finally {
            deleteTree(data);
        }
    }

    /** pdftotext one process per file, as the baseline in the build notes; skipped when it is not installed. */
    private void pdftotext(List<IncomingDocument> documents, double ourSeconds) throws Exception {
        long start = System.nanoTime();
        for (IncomingDocument d : documents) {
            Process p;
            try {
                p = new ProcessBuilder("pdftotext", "-q", d.file().toString(), "-")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(true).start();
            } catch (IOException notInstalled) {
                out.println("pdftotext: not installed, no comparison (apt-get install poppler-utils)");
                return;
            }
            if (!p.waitFor(120, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "pdftotext: %.1f s on the same files; our full ingest takes %.2fx its time%n",
                seconds, ourSeconds / seconds);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
