package nl.regioplan.pipeline.queue;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A worker's index that cannot be reached (or refuses commits) for a while: the job in hand waits and is tried
 * again with a growing pause, neither dead-lettered nor acknowledged, and the log says so once per outage, with
 * the index's address, and once more when the index answers again.
 */
final class IndexOutage {
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(30);

    private final String address;
    private final PrintStream log;
    private long downSince;
    private Duration pause = FIRST_PAUSE;
    private boolean down;

    IndexOutage(String address, PrintStream log) {
        this.address = address;
        this.log = log;
    }

    /** Notes the failure and waits before the next try: 1 s, 2 s, 4 s, ... at most {@link #LONGEST_PAUSE}. */
    void waitAfter(Throwable failure) throws InterruptedException {
        Duration wait;
        synchronized (this) {
            if (!down) {
                down = true;
                downSince = System.nanoTime();
                log.println("regioplan worker: the index " + address + " is unavailable (" + failure.getMessage()
                        + "); jobs wait and are tried again until it answers");
            }
            wait = pause;
            pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
        }
        Thread.sleep(wait.toMillis());
    }

    /** The index took a job's work: the outage, if there was one, is over. */
    synchronized void answered() {
        if (!down) return;
        down = false;
        pause = FIRST_PAUSE;
        log.println("regioplan worker: the index " + address + " answers again after "
                + Duration.ofNanos(System.nanoTime() - downSince).toSeconds() + " s");
    }
}
