package nl.regioplan.pipeline.ingest;

import nl.regioplan.pipeline.store.QuarantineEntry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** What one ingest run did; shared by the route's parallel branches. */
public final class IngestTally {
    private final AtomicInteger ingested = new AtomicInteger();
    private final AtomicInteger unchanged = new AtomicInteger();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong ocrPages = new AtomicLong();
    private final List<QuarantineEntry> quarantined = new ArrayList<>();
    private final Map<Stage, AtomicLong> stageNanos = new EnumMap<>(Stage.class);

    /**
     * The timed stages of the document route, for the benchmark's breakdown: TEXT is the wall time this process
     * waits for a parse worker (the workers' own CPU time is {@code ForkedTextExtractor}'s), RECORDS and INDEX
     * the CPU time of the threads that run them (wall time would count the other thread's and the workers' turns).
     */
    public enum Stage { TEXT, RECORDS, INDEX }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    /** CPU time of the calling thread, in nanoseconds (wall time where the JVM cannot measure it). */
    static long cpuNanos() {
        return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    public IngestTally() {
        for (Stage s : Stage.values()) stageNanos.put(s, new AtomicLong());
    }

    void timed(Stage stage, long nanos) {
        stageNanos.get(stage).addAndGet(nanos);
    }

    /** Time spent in a stage, summed over documents (and threads); see {@link Stage} for which time. */
    public double seconds(Stage stage) {
        return stageNanos.get(stage).get() / 1e9;
    }

    void ingested(int pageCount, int ocrPageCount) {
        ingested.incrementAndGet();
        pages.addAndGet(pageCount);
        ocrPages.addAndGet(ocrPageCount);
    }

    void unchanged() {
        unchanged.incrementAndGet();
    }

    synchronized void quarantined(QuarantineEntry entry) {
        quarantined.add(entry);
    }

    public int ingested() {
        return ingested.get();
    }

    public int unchangedCount() {
        return unchanged.get();
    }

    public long pages() {
        return pages.get();
    }

    public long ocrPages() {
        return ocrPages.get();
    }

    public synchronized List<QuarantineEntry> quarantined() {
        return List.copyOf(quarantined);
    }

    /** A run fails only when it was given documents and could ingest none of them. */
    public boolean failed() {
        return ingested() == 0 && unchangedCount() == 0 && !quarantined().isEmpty();
    }

    /** One line: what was ingested, skipped, and set aside with why. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("ingested ").append(ingested()).append(" document").append(ingested() == 1 ? "" : "s")
                .append(" (").append(pages()).append(pages() == 1 ? " page" : " pages");
        if (ocrPages() > 0) sb.append(", ").append(ocrPages()).append(" OCR'd");
        sb.append("), ").append(unchangedCount()).append(" unchanged, ");
        List<QuarantineEntry> q = quarantined();
        sb.append(q.size()).append(" quarantined");
        if (!q.isEmpty()) {
            sb.append(": ");
            for (int i = 0; i < q.size(); i++) {
                if (i > 0) sb.append("; ");
                sb.append(q.get(i).file()).append(" (").append(q.get(i).reason()).append(')');
            }
        }
        return sb.toString();
    }
}
