package nl.regioplan.pipeline.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Copies a response body to a file through one 64 KB buffer, never holding the body in memory. Counts the
 * bytes and stops as soon as they pass the size cap (whether the server announced a length or sent chunks);
 * stops when the server sends nothing for the read timeout or the download's deadline passes; and, for a generically typed body, looks for the
 * PDF signature in the first bytes before writing any. Thread-safe: every copy has its own buffer.
 */
final class BodyDownload {
    private static final int BUFFER_BYTES = 64 * 1024;

    private final FetchPolicy policy;
    private final ScheduledExecutorService scheduler;

    BodyDownload(FetchPolicy policy, ScheduledExecutorService scheduler) {
        this.policy = policy;
        this.scheduler = scheduler;
    }

    /** Returns the number of bytes written to {@code file}; on failure the file holds a part of the body. */
    long copy(InputStream body, URI uri, PdfContentType declared, Path file, DownloadDeadline deadline)
            throws FetchException {
        try (IdleWatchdog watchdog = IdleWatchdog.start(scheduler, policy.readTimeout(), deadline.endNanos(),
                () -> closeQuietly(body));
             OutputStream out = Files.newOutputStream(file)) {
            Reader reader = new Reader(body, watchdog, uri, deadline);
            byte[] buffer = new byte[BUFFER_BYTES];
            int head = reader.fill(buffer, PdfSignature.SEARCHED_BYTES);
            if (declared == PdfContentType.GENERIC && !PdfSignature.foundIn(buffer, head)) {
                throw FetchException.refused(FetchFailure.WRONG_CONTENT_TYPE, head == 0
                        ? "server returned an empty body, not a PDF, for " + uri
                        : "server returned a file that does not start like a PDF, for " + uri);
            }
            long count = 0;
            for (int n = head; n >= 0; n = reader.read(buffer, count)) {
                count += n;
                if (count > policy.maxBytes()) {
                    throw FetchException.refused(FetchFailure.TOO_LARGE, uri + " is larger than "
                            + MessageFigures.size(policy.maxBytes()) + " (stopped reading there)");
                }
                out.write(buffer, 0, n);
            }
            return count;
        } catch (IOException e) {
            // Reads are translated inside Reader, so this is the local file.
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // The fetch reports the stall; a failing close adds nothing.
        }
    }

    /** Reads from the body, telling the watchdog of progress and turning read errors into fetch failures. */
    private final class Reader {
        private final InputStream body;
        private final IdleWatchdog watchdog;
        private final URI uri;
        private final DownloadDeadline deadline;

        Reader(InputStream body, IdleWatchdog watchdog, URI uri, DownloadDeadline deadline) {
            this.body = body;
            this.watchdog = watchdog;
            this.uri = uri;
            this.deadline = deadline;
        }

        /** Reads until {@code wanted} bytes are in the buffer or the body ends; returns how many there are. */
        int fill(byte[] buffer, int wanted) throws FetchException {
            int filled = 0;
            while (filled < wanted) {
                int n = read(buffer, filled, wanted - filled, filled);
                if (n < 0) break;
                filled += n;
            }
            return filled;
        }

        /** The next piece of the body into the start of the buffer; -1 at its end. */
        int read(byte[] buffer, long soFar) throws FetchException {
            return read(buffer, 0, buffer.length, soFar);
        }

        private int read(byte[] buffer, int offset, int length, long soFar) throws FetchException {
            int n;
            try {
                n = body.read(buffer, offset, length);
            } catch (IOException e) {
                if (watchdog.fired()) throw stalled(soFar);
                throw FetchException.retryable(FetchFailure.UNREACHABLE, "the connection broke off after "
                        + MessageFigures.size(soFar) + " of " + uri, e, null);
            }
            if (n < 0 && watchdog.fired()) throw stalled(soFar);
            watchdog.progress();
            return n;
        }

        private FetchException stalled(long soFar) {
            if (watchdog.deadlinePassed()) return deadline.exceeded(uri, soFar);
            return FetchException.retryable(FetchFailure.TIMEOUT, "the server stopped sending for "
                    + MessageFigures.duration(policy.readTimeout()) + " after " + MessageFigures.size(soFar)
                    + " of " + uri, null, null);
        }
    }
}
