package nl.regioplan.pipeline.progress;

import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestProgress;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Progress of a long ingest: on a terminal one line rewritten in place (documents and pages done, pages/s, ETA);
 * otherwise a plain log line per document, which is what a log file or CI wants.
 */
public final class ProgressLine implements IngestProgress {
    private final PrintStream out;
    private final boolean terminal;
    private final long startNanos = System.nanoTime();
    /** Room for the figures and the file name on a terminal line, so it never wraps (and so never scrolls). */
    private static final int TERMINAL_WIDTH = 100;
    private int totalDocuments;
    private int done;
    private long pages;
    private boolean running;

    public ProgressLine(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /**
     * Standard error, rewritten in place only when it is a terminal. The launcher tells (-Dregioplan.terminal,
     * from the shell's own test) because the JDK 21 API cannot tell a redirected stderr from a terminal.
     */
    public static ProgressLine onStandardError() {
        return new ProgressLine(System.err, Boolean.getBoolean("regioplan.terminal"));
    }

    /** A counted run starts: from here to {@link #finish} a stop is reported as {@link #stoppedLine}. */
    public synchronized void expect(int documents) {
        totalDocuments += documents;
        running = documents > 0;
    }

    /**
     * What Ctrl-C in the middle of a counted run tells the user, or null when no run is going on (before it,
     * after it, and while --watch polls, where Ctrl-C is the way to stop).
     */
    public synchronized String stoppedLine() {
        if (!running) return null;
        if (terminal) clear();
        return "stopped at " + done + "/" + totalDocuments + " documents; run the same command again to finish";
    }

    /**
     * Ctrl-C (SIGINT) runs shutdown hooks: until the returned notice is closed, one says how far the run got and
     * that re-running finishes it.
     */
    public AutoCloseable noticeOnStop() {
        Thread notice = new Thread(() -> {
            String line = stoppedLine();
            if (line != null) out.println("regioplan: " + line);
        }, "regioplan-stop-notice");
        Runtime.getRuntime().addShutdownHook(notice);
        return () -> {
            try {
                Runtime.getRuntime().removeShutdownHook(notice);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to: it prints the notice
            }
        };
    }

    @Override
    public synchronized void documentDone(IncomingDocument document, int pageCount) {
        done++;
        pages += pageCount;
        show(document.fileName() + ": " + pageCount + (pageCount == 1 ? " page" : " pages"));
    }

    @Override
    public synchronized void documentSkipped(IncomingDocument document) {
        done++;
        show(document.fileName() + ": unchanged, skipped");
    }

    @Override
    public synchronized void documentFailed(IncomingDocument document, String reason) {
        done++;
        if (terminal) clear();
        out.println("quarantined " + document.fileName() + ": " + reason);
        show(null);
    }

    /** Ends the in-place line so the next output starts on a fresh line. */
    public synchronized void finish() {
        running = false;
        if (terminal) clear();
    }

    private void show(String event) {
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = pages / seconds;
        String eta = "";
        if (totalDocuments > 0 && done > 0 && done < totalDocuments) {
            long remaining = Math.round(seconds / done * (totalDocuments - done));
            eta = ", ETA " + format(Duration.ofSeconds(remaining));
        }
        // Without a count of documents to come (--watch) a rate over the time spent waiting says nothing.
        String status = totalDocuments > 0
                ? String.format(Locale.ROOT, "%d/%d documents, %d page%s, " + (rate < 10 ? "%.1f" : "%.0f") + " pages/s%s",
                        done, totalDocuments, pages, pages == 1 ? "" : "s", rate, eta)
                : String.format(Locale.ROOT, "%d document%s, %d page%s", done, done == 1 ? "" : "s", pages, pages == 1 ? "" : "s");
        if (terminal) {
            String line = event == null ? status : status + "  " + event;
            if (line.length() > TERMINAL_WIDTH) line = line.substring(0, TERMINAL_WIDTH - 1) + "…";
            out.print("\r\033[2K" + line);
            out.flush();
        } else if (event != null) {
            out.println(status + "  " + event);
        }
    }

    private void clear() {
        out.print("\r\033[2K");
        out.flush();
    }

    private static String format(Duration d) {
        long s = d.getSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }
}
