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
    private final List<String> command;
    private final Semaphore slots;
    private final ConcurrentLinkedQueue<WorkerProcess> idle = new ConcurrentLinkedQueue<>();
    private final ParseCosts costs = new ParseCosts();
    private volatile boolean closed;

    public ForkedTextExtractor(ParseBudget budget, int parallel) {
        this.budget = budget;
        this.slots = new Semaphore(Math.max(1, parallel));
        this.command = command(budget);
    }

    /**
     * Starts the children now, so their JVM start and class loading overlap with the caller's own start-up
     * (the index, the record extractors' models) instead of delaying the first documents.
     */
    public ForkedTextExtractor started() {
        int count = slots.availablePermits();
        for (int i = 0; i < count; i++) idle.add(WorkerProcess.start(command));
        return this;
    }

    @Override
    public DocumentText extract(Path pdf, String doc) throws ExtractionException {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parse worker", e);
        }
        WorkerProcess worker = null;
        try {
            worker = idleWorker();
            return worker.extract(pdf, doc, budget, costs);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + pdf.getFileName(), e);
        } finally {
            if (worker != null) {
                if (worker.alive() && !closed) idle.add(worker);
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
        return WorkerProcess.start(command);
    }

    /** The same java and class path as this process; the heap and the exit on running out of it are the budget. */
    private static List<String> command(ParseBudget budget) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Xmx" + budget.memoryMb() + "m");
        command.add("-XX:+ExitOnOutOfMemoryError");
        // one document at a time per child: the serial collector costs the least to start and to run
        command.add("-XX:+UseSerialGC");
        command.add("-XX:-UsePerfData");
        command.add("-Djava.awt.headless=true");
        command.add("--enable-native-access=ALL-UNNAMED");
        // for profiling the children, e.g. -Dregioplan.parse.jvmOptions=-XX:StartFlightRecording=filename=w-%p.jfr
        String extra = System.getProperty(EXTRA_OPTIONS, "").strip();
        if (!extra.isEmpty()) command.addAll(List.of(extra.split("\\s+")));
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ParseWorker.class.getName());
        return List.copyOf(command);
    }

    @Override
    public void close() {
        closed = true;
        for (WorkerProcess w; (w = idle.poll()) != null; ) w.close();
    }
}
