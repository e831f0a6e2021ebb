package nl.regioplan.pipeline.source;

import java.time.Duration;
import java.util.Locale;

/** Sizes and durations as a user reads them in a failure message: "100 MB", "300 ms", "2 s". */
final class MessageFigures {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;

    private MessageFigures() {
    }

    static String size(long bytes) {
        if (bytes >= MB) return scaled(bytes, MB, "MB");
        if (bytes >= KB) return scaled(bytes, KB, "KB");
        return bytes == 1 ? "1 byte" : bytes + " bytes";
    }

    static String duration(Duration d) {
        long millis = d.toMillis();
        if (millis < 1000) return millis + " ms";
        return scaled(millis, 1000, "s");
    }

    /** Whole units when exact, else one decimal: "100 MB", "1.5 MB". */
    private static String scaled(long amount, long unit, String name) {
        if (amount % unit == 0) return amount / unit + " " + name;
        return String.format(Locale.ROOT, "%.1f %s", (double) amount / unit, name);
    }
}
