package nl.regioplan.extractors.fork;

import java.time.Duration;

/**
 * What one document may cost to read. A PDF of a megabyte can inflate to gigabytes (a Flate bomb), declare a
 * 20000 x 20000 image or two billion pages, or loop its parser for ever; the budget turns each of those into
 * a refusal of that one document instead of a run that dies or hangs.
 *
 * @param memoryMb the heap of the process that parses one document at a time
 * @param timeout  how long reading one document (text, layout, OCR) may take
 */
public record ParseBudget(int memoryMb, Duration timeout) {
    /** Ten times the heap the largest plan in the shared corpus needs, and minutes for a long scanned plan. */
    public static final int DEFAULT_MEMORY_MB = 512;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

    public ParseBudget {
        if (memoryMb < 64) throw new IllegalArgumentException("a parse needs at least 64 MB, not " + memoryMb);
        if (timeout == null || timeout.isNegative() || timeout.isZero())
            throw new IllegalArgumentException("the parse timeout must be positive: " + timeout);
    }

    public static ParseBudget defaults() {
        return new ParseBudget(DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT);
    }
}
