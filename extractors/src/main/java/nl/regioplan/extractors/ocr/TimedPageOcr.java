package nl.regioplan.extractors.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the pages an OCR engine reads and the time it takes, so that text-layer speed can be told apart from
 * the engine's. Tesseract runs in its own process, which this JVM waits for: with {@link #childCpu} its CPU time
 * is read from this process's children's times (/proc/self/stat), where there are any; otherwise, and with
 * {@link #wallTime}, the wall time around the call stands in for it. Thread-safe. Pages read at once (see
 * {@link ConcurrentPageOcr}) share one children's clock, so each call counts only what that clock gained since
 * the last call that read it: two calls never both count one process.
 */
public final class TimedPageOcr implements PageOcr {
    private final PageOcr engine;
    private final boolean childCpu;
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    /** The children's CPU time as the last call read it, or -1 before the first. */
    private final AtomicLong childrenSeen = new AtomicLong(-1);

    private TimedPageOcr(PageOcr engine, boolean childCpu) {
        this.engine = engine;
        this.childCpu = childCpu;
    }

    public static TimedPageOcr wallTime(PageOcr engine) {
        return new TimedPageOcr(engine, false);
    }

    public static TimedPageOcr childCpu(PageOcr engine) {
        return new TimedPageOcr(engine, true);
    }

    @Override
    public Optional<String> unavailableReason() {
        return engine.unavailableReason();
    }

    @Override
    public String recognise(BufferedImage page) throws IOException {
        long start = System.nanoTime();
        if (childCpu) childrenSeen.compareAndSet(-1, childrenCpuNanos());
        try {
            return engine.recognise(page);
        } finally {
            long counted = System.nanoTime() - start;
            long children = childCpu ? childrenCpuNanos() : -1;
            if (children >= 0) {
                long before = childrenSeen.getAndAccumulate(children, Math::max);
                if (before >= 0) counted = Math.max(0, children - before);
            }
            nanos.addAndGet(counted);
            pages.incrementAndGet();
        }
    }

    /** Time spent in the engine so far, in nanoseconds. */
    public long nanos() {
        return nanos.get();
    }

    public long pages() {
        return pages.get();
    }

    /** cutime + cstime of /proc/self/stat, in nanoseconds (clock ticks of 10 ms), or -1 where there is none. */
    private static long childrenCpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields after the command name start at field 3 (state): cutime is field 16, cstime 17
            return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
