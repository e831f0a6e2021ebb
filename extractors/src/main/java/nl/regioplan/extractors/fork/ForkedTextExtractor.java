package nl.regioplan.extractors.fork;

import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.DocumentTextExtractor;
import nl.regioplan.extractors.text.ExtractionException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Reads PDFs in child JVMs, each with the budget's heap and time, so a hostile document costs at most one
 * child: it is killed (too slow) or ends itself (out of memory), the document is refused with a sentence that
 * says which limit it passed, and the next document gets a fresh child. The children stay up between
 * documents, so a normal run pays the JVM start once per child, not once per document.
 *
 * <p>Why not Tika's forked parsing (tika-pipes): our text is not Tika's (positions, reading order, OCR per
 * page come from our own code), so the child must run {@link nl.regioplan.extractors.text.PdfDocumentTextExtractor}
 * anyway; what tika-pipes would add is the same process pool with its own configuration files.
 *
 * <p>Thread-safe: at most {@code parallel} documents are read at once; more callers wait for a free child.
 */
public final class ForkedTextExtractor implements DocumentTextExtractor, AutoCloseable {
    /** A system property with more JVM options for the children (space-separated). */
    public static final String EXTRA_OPTIONS = "regioplan.parse.jvmOptions";
    private final ParseBudget budget;
    private final int parallel;
    /** Workers of a run's first pages: C1-compiled code only, which starts fast and never waits for C2. */
    private final List<String> quickStartCommand;
    /** Workers once the run has shown it is long: the full JIT, whose compile time the remaining pages repay. */
    private final List<String> fullJitCommand;
    private final java.util.concurrent.atomic.AtomicLong pagesRead = new java.util.concurrent.atomic.AtomicLong();
    private final Semaphore slots;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
    private final ParseCosts costs = new ParseCosts();
    private volatile boolean closed;
    private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

    static final int QUICK_START_PAGES = 2_000;

    public ForkedTextExtractor(ParseBudget budget, int parallel) {
        this.parallel = Math.max(1, parallel);
        this.budget = budget;
        this.slots = new Semaphore(Math.max(1, parallel));
        this.quickStartCommand = command(budget, true, ParseWorker.class);
        this.fullJitCommand = command(budget, false, ParseWorker.class);
    }

    /**
     * Starts the children now, once, so their JVM start and class loading overlap with the caller's own work
     * (the other documents' hashes, the record extractors' models) instead of delaying the first documents. A
     * run that finds nothing to read never calls it and never starts a JVM.
     */
    public void startWorkers() {
        if (!started.compareAndSet(false, true)) return;
        int count = slots.availablePermits();
        for (int i = 0; i < count; i++) idle.add(WorkerProcess.start(command()));
    }

    @Override
    public DocumentText extract(Path pdf, String doc, String sha256) throws ExtractionException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parse worker", e);
        }
        WorkerProcess worker = null;
        try {
            worker = idleWorker();
            DocumentText text = worker.extract(pdf, doc, sha256, budget, costs);
            pagesRead.addAndGet(text.pages().size());
            return text;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + pdf.getFileName(), e);
        } finally {
            if (worker != null) {
                if (worker.alive() && !closed && worker.command().equals(command())) idle.add(worker);
                else worker.close();
            }
            slots.release();
        }
    }

    /** What the children spent so far: CPU, OCR, peak heap. */
    public ParseCosts costs() {
        return costs;
    }

    public ParseBudget budget() {
        return budget;
    }

    private WorkerProcess idleWorker() {
        for (WorkerProcess w; (w = idle.poll()) != null; ) {
            if (w.alive()) return w;
            w.close();
        }
        return WorkerProcess.start(command());
    }

    /**
     * Which JVM a new worker gets. C2 compiles PDFBox for about 2,000 pages before its code pays off (one worker,
     * shared corpus: 24.5 s CPU for the first 1,020 pages, 7.7 s once compiled; C1 only: 15-19 s for every
     * 1,020), so a run of a few thousand pages is cheapest on C1 alone and a long one on the full JIT. Which
     * kind of run this is shows in the pages read so far: past {@value #QUICK_START_PAGES} pages a worker,
     * the C1 workers are replaced by full-JIT ones at their next document.
     */
    private List<String> command() {
        return pagesRead.get() < (long) QUICK_START_PAGES * parallel ? quickStartCommand : fullJitCommand;
    }

    /** The same java and class path as this process; the heap and the exit on running out of it are the budget. */
    static List<String> command(ParseBudget budget, boolean quickStart, Class<?> main) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx" + budget.memoryMb() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        // one document at a time per child: the serial collector costs the least to start and to run
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.awt.headless=true");
        if (quickStart) command.add("-XX:TieredStopAtLevel=1");
        command.add("--enable-native-access=ALL-UNNAMED");
        // for profiling the children, e.g. -Dregioplan.parse.jvmOptions=-XX:StartFlightRecording=filename=w-%p.jfr
        String extra = System.getProperty(EXTRA_OPTIONS, "").strip();
        if (!extra.isEmpty()) command.addAll(List.of(extra.split("\\s+")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        return List.copyOf(command);
    }

    @Override
    public void close() {
        closed = true;
        for (WorkerProcess w; (w = idle.poll()) != null; ) w.close();
    }
}
