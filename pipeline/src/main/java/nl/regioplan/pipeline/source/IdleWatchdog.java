package nl.regioplan.pipeline.source;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs an action when a download has made no progress for a while. Needed because java.net.http's request
 * timeout ends when the headers arrive: a server that stalls mid-body would otherwise hold a fetch forever.
 * The action (closing the body stream) makes the blocked read return, and the reader asks {@link #fired()}.
 * One check is pending at a time and re-arms itself for the rest of the idle limit, so a long download costs
 * one scheduled task per idle period, not one per read.
 */
final class IdleWatchdog implements AutoCloseable {
    private final ScheduledExecutorService scheduler;
    private final long limitNanos;
    private final long deadlineNanos;
    private final Runnable onIdle;
    private volatile long lastProgress = System.nanoTime();
    private volatile boolean fired;
    private volatile boolean deadlinePassed;
    private boolean closed;
    private ScheduledFuture<?> pending;

    private IdleWatchdog(ScheduledExecutorService scheduler, Duration limit, long deadlineNanos, Runnable onIdle) {
        this.scheduler = scheduler;
        this.limitNanos = limit.toNanos();
        this.deadlineNanos = deadlineNanos;
        this.onIdle = onIdle;
    }

    /** @param deadlineNanos a {@link System#nanoTime()} at which the action runs whatever the progress */
    static IdleWatchdog start(ScheduledExecutorService scheduler, Duration limit, long deadlineNanos, Runnable onIdle) {
        IdleWatchdog watchdog = new IdleWatchdog(scheduler, limit, deadlineNanos, onIdle);
        watchdog.arm(Math.min(watchdog.limitNanos, deadlineNanos - System.nanoTime()));
        return watchdog;
    }

    void progress() {
        lastProgress = System.nanoTime();
    }

    boolean fired() {
        return fired;
    }

    /** Whether it fired because the deadline passed (a trickle), not because the download went idle. */
    boolean deadlinePassed() {
        return deadlinePassed;
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (pending != null) pending.cancel(false);
    }

    private synchronized void arm(long delayNanos) {
        if (!closed) pending = scheduler.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    }

    private synchronized void check() {
        if (closed) return;
        long now = System.nanoTime();
        long idle = now - lastProgress;
        long left = deadlineNanos - now;
        if (left <= 0) {
            deadlinePassed = true;
        } else if (idle < limitNanos) {
            arm(Math.min(limitNanos - idle, left));
            return;
        }
        fired = true;
        onIdle.run();
    }
}
