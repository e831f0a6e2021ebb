package nl.regioplan.pipeline.source;

import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * Downloads the document a manifest entry names into a local folder, so the ingest route can take it from
 * there. Only http and https; redirects followed one hop at a time (loops and https-to-http refused); network
 * trouble, timeouts, 429 and 5xx tried again after a growing wait; the body streamed to disk under a size cap;
 * anything that is not plausibly a PDF (an HTML page above all) refused. Every failure is a
 * {@link FetchException} whose kind and message say what went wrong where.
 *
 * <p>Why plain {@link HttpClient} and not camel-http: camel-http hands redirects to Apache HttpClient, which
 * follows them internally (no per-hop check against loops or a downgrade to http, no chain to report), retries
 * are Camel redelivery (no Retry-After, no distinction between a 404 and a 503 without extra predicates), and
 * its body is a stream the route would still have to cap and sniff. Here each of those is a small class tested
 * on its own, and the route step is one call: {@code fetcher.fetch(id, url, folder)}.
 *
 * <p>Thread-safe: one shared HTTP/1.1 client and no mutable state, so the route's parallel branches share one
 * fetcher. Close it when the run ends.
 */
public final class HttpDocumentFetcher implements AutoCloseable {
    public static final String USER_AGENT = "regioplan/0.1";
    private static final String ACCEPT = "application/pdf, application/octet-stream;q=0.8, */*;q=0.1";
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;
    private final HttpClient client;
    private final ScheduledThreadPoolExecutor watchdogs;
    private final BodyDownload download;
    private final RetrySchedule retries;
    private final AddressGuard guard;

    public HttpDocumentFetcher() {
        this(FetchPolicy.defaults());
    }

    public HttpDocumentFetcher(FetchPolicy policy) {
        this(policy, AddressGuard.of(policy));
    }

    HttpDocumentFetcher(FetchPolicy policy, AddressGuard guard) {
        this.policy = policy;
        this.guard = guard;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout())
                .build();
        this.watchdogs = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = Executors.defaultThreadFactory().newThread(r);
            t.setName("regioplan-fetch-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdogs.setRemoveOnCancelPolicy(true);
        this.download = new BodyDownload(policy, watchdogs);
        this.retries = new RetrySchedule(policy);
    }

    /**
     * Downloads {@code url} to {@code folder/ID.pdf}, replacing an earlier copy only once the new one is
     * complete (the body goes to a hidden temporary file first, removed if the fetch fails).
     *
     * @param id     the manifest's document id; it names the file, so it must be a safe document id
     * @throws FetchException       when the document cannot be had; {@link FetchException#failure()} says why
     * @throws InterruptedException when the thread is interrupted while waiting for the server or a retry
     */
    public FetchedDocument fetch(String id, URI url, Path folder) throws FetchException, InterruptedException {
        if (!DataStore.isSafeDocId(id)) throw new IllegalArgumentException("unusable document id '" + id + "'");
        RedirectChain chain = RedirectChain.startingAt(url, policy.maxRedirects());
        DownloadDeadline deadline = DownloadDeadline.after(policy.deadline());
        for (int attempt = 1; ; attempt++) {
            try {
                return fetchFollowingRedirects(id, url, chain, folder, attempt, deadline);
            } catch (FetchException e) {
                if (e.failure() == FetchFailure.DEADLINE) throw e;
                Optional<Duration> wait = retries.waitAfter(attempt, e);
                if (wait.isEmpty()) throw retries.givingUp(attempt, e);
                if (wait.get().compareTo(deadline.remaining()) >= 0) {
                    throw e.withNote("not tried again: the next try would start after the "
                            + MessageFigures.duration(policy.deadline()) + " deadline");
                }
                Thread.sleep(wait.get());
            }
        }
    }

    /** One try: from the chain's current address on; a retry resumes at the hop that failed. */
    private FetchedDocument fetchFollowingRedirects(String id, URI requested, RedirectChain chain, Path folder,
                                                    int attempt, DownloadDeadline deadline)
            throws FetchException, InterruptedException {
        while (true) {
            URI uri = chain.current();
            guard.check(uri);
            HttpResponse<InputStream> response = send(uri, deadline);
            InputStream body = response.body();
            try {
                int status = response.statusCode();
                if (REDIRECTS.contains(status)) {
                    chain.follow(status, response.headers().firstValue("Location"));
                } else if (status == 200) {
                    return save(id, requested, uri, response.headers(), body, folder, attempt, deadline);
                } else {
                    throw statusFailure(status, uri, response.headers());
                }
            } finally {
                closeQuietly(body);
            }
        }
    }

    private HttpResponse<InputStream> send(URI uri, DownloadDeadline deadline) throws FetchException, InterruptedException {
        if (deadline.passed()) throw deadline.exceeded(uri, 0);
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(uri).GET()
                    .timeout(deadline.cap(policy.readTimeout()))
                    .header("User-Agent", USER_AGENT)
                    .header("Accept", ACCEPT)
                    .build();
        } catch (IllegalArgumentException e) {
            throw FetchException.refused(FetchFailure.BAD_URL, "cannot request " + uri + ": " + e.getMessage());
        }
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpConnectTimeoutException e) {
            if (deadline.passed()) throw deadline.exceeded(uri, 0);
            throw FetchException.retryable(FetchFailure.TIMEOUT, "could not connect to " + uri.getAuthority()
                    + " within " + MessageFigures.duration(policy.connectTimeout()), e, null);
        } catch (HttpTimeoutException e) {
            if (deadline.passed()) throw deadline.exceeded(uri, 0);
            throw FetchException.retryable(FetchFailure.TIMEOUT, "no answer within "
                    + MessageFigures.duration(policy.readTimeout()) + " from " + uri, e, null);
        } catch (IOException e) {
            throw FetchException.retryable(FetchFailure.UNREACHABLE, unreachable(e, uri), e, null);
        }
    }

    private FetchedDocument save(String id, URI requested, URI uri, HttpHeaders headers, InputStream body,
                                 Path folder, int attempt, DownloadDeadline deadline) throws FetchException {
        String mediaType = PdfContentType.mediaType(headers.firstValue("Content-Type"));
        PdfContentType declared = PdfContentType.of(mediaType, uri);
        OptionalLong announced = contentLength(headers);
        if (announced.isPresent() && announced.getAsLong() > policy.maxBytes()) {
            throw FetchException.refused(FetchFailure.TOO_LARGE, uri + " is larger than "
                    + MessageFigures.size(policy.maxBytes()) + " (the server announces "
                    + MessageFigures.size(announced.getAsLong()) + ")");
        }
        Path target = folder.resolve(id + ".pdf");
        Path partial = temporaryFileIn(folder);
        boolean saved = false;
        try {
            long bytes = download.copy(body, uri, declared, partial, deadline);
            moveIntoPlace(partial, target);
            saved = true;
            return new FetchedDocument(requested, uri, target, mediaType, bytes, attempt);
        } finally {
            if (!saved) deleteQuietly(partial);
        }
    }

    private static FetchException statusFailure(int status, URI uri, HttpHeaders headers) {
        String message = "HTTP " + StatusLine.describe(status) + " for " + uri;
        if (status == 429 || status >= 500) {
            return FetchException.retryable(FetchFailure.HTTP_STATUS, message, null,
                    RetrySchedule.retryAfter(headers.firstValue("Retry-After"), Instant.now()));
        }
        return FetchException.refused(FetchFailure.HTTP_STATUS, message);
    }

    /** java.net.http often throws a ConnectException without a message; the cause says what happened. */
    private static String unreachable(IOException e, URI uri) {
        String where = uri.getAuthority();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return "unknown host " + uri.getHost() + " in " + uri;
            }
        }
        String detail = innermostMessage(e);
        if (e instanceof ConnectException) {
            // java.net.http's ConnectException mostly has no message; in the JDK it means the port refused.
            return "could not connect to " + where + " ("
                    + (detail == null ? "connection refused" : detail.toLowerCase(Locale.ROOT)) + ")";
        }
        return "the connection to " + where + " broke off" + (detail == null ? "" : " (" + detail + ")");
    }

    private static String innermostMessage(Throwable e) {
        String message = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) message = t.getMessage();
        }
        return message;
    }

    private static OptionalLong contentLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("Content-Length");
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Path temporaryFileIn(Path folder) {
        try {
            Files.createDirectories(folder);
            return Files.createTempFile(folder, ".fetch-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + folder, e);
        }
    }

    private static void moveIntoPlace(Path partial, Path target) {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the download as " + target, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A leftover hidden .part file is harmless; the fetch failure is what the user must hear about.
        }
    }

    private static void closeQuietly(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing only releases the connection; the fetch has its answer already.
        }
    }

    /** Waits for fetches under way, then stops the client and the watchdog thread. */
    @Override
    public void close() {
        client.close();
        watchdogs.shutdownNow();
    }
}
