package nl.regioplan.extractors.fork;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What the parse workers spent, summed over all of them: their CPU time (the JVM's own, JIT and GC included;
 * not the Tesseract processes they start), the CPU time of those Tesseract processes and how many pages they read, and
 * the largest heap any of them needed. The parent cannot see this in its own figures: the work runs elsewhere.
 */
public final class ParseCosts {
    private final AtomicLong cpuNanos = new AtomicLong();
    private final AtomicLong ocrNanos = new AtomicLong();
    private final AtomicLong ocrPages = new AtomicLong();
    private final AtomicLong peakHeap = new AtomicLong();

    void add(long cpu, long ocr, long pages, long heap) {
        cpuNanos.addAndGet(cpu);
        ocrNanos.addAndGet(ocr);
        ocrPages.addAndGet(pages);
        peakHeap.accumulateAndGet(heap, Math::max);
    }

    /** CPU seconds of the worker JVMs (start-up included). */
    public double cpuSeconds() {
        return cpuNanos.get() / 1e9;
    }

    /** CPU seconds of the Tesseract processes (where the OS cannot say: the wall time of their calls). */
    public double ocrSeconds() {
        return ocrNanos.get() / 1e9;
    }

    public long ocrPages() {
        return ocrPages.get();
    }

    public long peakHeapBytes() {
        return peakHeap.get();
    }
}
