package nl.regioplan.pipeline.source;

import java.net.URI;
import java.time.Duration;

/** The end of the time one download may take in all; every wait of the fetch is cut to what is left. */
record DownloadDeadline(long endNanos, Duration total) {
    static DownloadDeadline after(Duration total) {
        return new DownloadDeadline(System.nanoTime() + total.toNanos(), total);
    }

    Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    boolean passed() {
        return System.nanoTime() - endNanos >= 0;
    }

    /** The shorter of a wait and what is left, never zero (java.net.http refuses a zero timeout). */
    Duration cap(Duration wait) {
        Duration left = remaining();
        Duration capped = left.compareTo(wait) < 0 ? left : wait;
        return capped.isZero() ? Duration.ofMillis(1) : capped;
    }

    FetchException exceeded(URI uri, long bytes) {
        return FetchException.refused(FetchFailure.DEADLINE, "the download took longer than "
                + MessageFigures.duration(total) + " in all (--fetch-timeout SECONDS raises the limit)"
                + (bytes > 0 ? ", after " + MessageFigures.size(bytes) : "") + ": " + uri);
    }
}
