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
    private int totalDocuments;
    private int done;
    private long pages;

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

    public synchronized void expect(int documents) {
        totalDocuments += documents;
    }

    @Override
    public synchronized void documentDone(IncomingDocument document, int pageCount) {
        done++;
        pages += pageCount;
        show(document.fileName() + ": " + pageCount + " pages");
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
        String status = String.format(Locale.ROOT, "%d/%s documents, %d pages, %.0f pages/s%s", done,
                totalDocuments > 0 ? String.valueOf(totalDocuments) : "?", pages, rate, eta);
        if (terminal) {
            out.print("\r\033[2K" + status);
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
