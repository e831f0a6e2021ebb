package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static nl.regioplan.pipeline.source.LoopbackServer.redirect;
import static nl.regioplan.pipeline.source.LoopbackServer.send;
import static nl.regioplan.pipeline.source.LoopbackServer.sendChunked;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The fetcher against a real HTTP server on 127.0.0.1. Backoff is 10 ms so retries cost nothing; timeouts are
 * 5 s where the server answers at once (so a busy build machine cannot turn a prompt answer into a timeout) and
 * 300 ms where the test is about timing out. Tests whose server never answers carry a JUnit timeout, so a
 * fetcher that waited for the server would fail instead of hanging the build.
 */
class HttpDocumentFetcherTest extends FetcherOnLoopback {
    private static final long CAP = 256 * 1024;
    private static final FetchPolicy QUICK = new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5), CAP,
            5, 3, Duration.ofMillis(10), Duration.ofSeconds(1)).allowingPrivateAddresses();
    private static final FetchPolicy IMPATIENT = new FetchPolicy(Duration.ofMillis(300), Duration.ofMillis(300), CAP,
            5, 3, Duration.ofMillis(10), Duration.ofSeconds(1)).allowingPrivateAddresses();

    HttpDocumentFetcherTest() {
        super(QUICK);
    }

    @Test
    void savesAServedPdfByteForByteUnderItsId() throws Exception {
        byte[] pdf = pdf(100_000, 1);
        server.on("/plans/regioplan.pdf", (ex, hit) -> send(ex, 200, "application/pdf", pdf));

        FetchedDocument doc = fetcher.fetch("regioplan-utrecht", server.uri("/plans/regioplan.pdf"), folder);

        assertThat(doc.file()).isEqualTo(folder.resolve("regioplan-utrecht.pdf"));
        assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
        assertThat(doc.bytes()).isEqualTo(pdf.length);
        assertThat(doc.contentType()).isEqualTo("application/pdf");
        assertThat(doc.attempts()).isEqualTo(1);
        assertThat(doc.requested()).isEqualTo(server.uri("/plans/regioplan.pdf"));
        assertThat(doc.finalUri()).isEqualTo(server.uri("/plans/regioplan.pdf"));
        assertThat(server.userAgentOf("/plans/regioplan.pdf")).isEqualTo("regioplan/0.1");
        assertThat(filesIn(folder)).containsExactly("regioplan-utrecht.pdf");
    }

    @Test
    void notFoundIsReportedWithStatusAndAddressAndNeverRetried() {
        server.on("/missing.pdf", (ex, hit) -> send(ex, 404, "text/html", "<h1>weg</h1>".getBytes()));

        FetchException e = fetchFails("/missing.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(e).hasMessage("HTTP 404 Not Found for " + server.uri("/missing.pdf"));
        assertThat(server.requests("/missing.pdf")).isEqualTo(1);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void serviceUnavailableIsRetriedUntilTheServerAnswers() throws Exception {
        byte[] pdf = pdf(5_000, 2);
        server.on("/busy.pdf", (ex, hit) -> {
            if (hit == 1) send(ex, 503, "text/plain", "busy".getBytes());
            else send(ex, 200, "application/pdf", pdf);
        });

        FetchedDocument doc = fetcher.fetch("busy", server.uri("/busy.pdf"), folder);

        assertThat(doc.attempts()).isEqualTo(2);
        assertThat(server.requests("/busy.pdf")).isEqualTo(2);
        assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
    }

    @Test
    void aServerErrorThatLastsIsGivenUpOnAfterTheLastAttempt() {
        server.on("/broken.pdf", (ex, hit) -> send(ex, 500, "text/plain", "oops".getBytes()));

        FetchException e = fetchFails("/broken.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(e).hasMessage("HTTP 500 Internal Server Error for " + server.uri("/broken.pdf")
                + " (gave up after 3 attempts)");
        assertThat(server.requests("/broken.pdf")).isEqualTo(3);
    }

    @Test
    void tooManyRequestsIsRetriedAfterAShortRetryAfter() throws Exception {
        server.on("/limited.pdf", (ex, hit) -> {
            if (hit == 1) {
                ex.getResponseHeaders().set("Retry-After", "0");
                send(ex, 429, "text/plain", "slow down".getBytes());
            } else {
                send(ex, 200, "application/pdf", pdf(2_000, 3));
            }
        });

        assertThat(fetcher.fetch("limited", server.uri("/limited.pdf"), folder).attempts()).isEqualTo(2);
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsNotWaitedFor() {
        server.on("/later.pdf", (ex, hit) -> {
            ex.getResponseHeaders().set("Retry-After", "3600");
            send(ex, 503, "text/plain", "maintenance".getBytes());
        });

        FetchException e = fetchFails("/later.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.HTTP_STATUS);
        assertThat(e.getMessage()).contains("HTTP 503 Service Unavailable", "asks to wait 3600 s");
        assertThat(server.requests("/later.pdf")).isEqualTo(1);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aServerThatDoesNotAnswerTimesOutAfterTheReadTimeout() {
        server.on("/slow.pdf", (ex, hit) -> server.holdUntilClosed());

        FetchException e = fetchFails(IMPATIENT, "/slow.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(e).hasMessage("no answer within 300 ms from " + server.uri("/slow.pdf")
                + " (gave up after 3 attempts)");
        assertThat(server.requests("/slow.pdf")).isEqualTo(3);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aServerThatStopsSendingHalfwayTimesOut() {
        server.on("/stalls.pdf", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 0);
            OutputStream out = ex.getResponseBody();
            out.write(pdf(4096, 4));
            out.flush();
            server.holdUntilClosed();
        });

        FetchException e = fetchFails(IMPATIENT, "/stalls.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.TIMEOUT);
        assertThat(e.getMessage()).startsWith("the server stopped sending for 300 ms after ")
                .contains(" of " + server.uri("/stalls.pdf"));
        assertThat(server.requests("/stalls.pdf")).isEqualTo(3);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aSlowButSteadyDownloadOutlastingTheReadTimeoutIsNotCutOff() throws Exception {
        byte[] pdf = pdf(20 * 1024, 14);
        server.on("/trickle.pdf", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, pdf.length);
            OutputStream out = ex.getResponseBody();
            for (int i = 0; i < pdf.length; i += 1024) {
                out.write(pdf, i, Math.min(1024, pdf.length - i));
                out.flush();
                Thread.sleep(60);
            }
            out.close();
        });

        try (HttpDocumentFetcher impatient = new HttpDocumentFetcher(IMPATIENT)) {
            FetchedDocument doc = impatient.fetch("trickle", server.uri("/trickle.pdf"), folder);

            assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
            assertThat(doc.attempts()).isEqualTo(1);
        }
    }

    @Test
    void aRedirectLoopIsReportedAsALoopWithItsPath() {
        server.on("/a", (ex, hit) -> redirect(ex, 302, "/b"));
        server.on("/b", (ex, hit) -> redirect(ex, 301, server.uri("/a").toString()));

        FetchException e = fetchFails("/a");

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(e).hasMessage("redirect loop after 2 redirects: " + server.uri("/a") + " -> "
                + server.uri("/b") + " -> " + server.uri("/a"));
        assertThat(server.allRequests()).isEqualTo(2);
    }

    @Test
    void aChainLongerThanTheLimitIsStoppedAtTheLimit() {
        for (int i = 0; i < 10; i++) {
            int next = i + 1;
            server.on("/hop/" + i, (ex, hit) -> redirect(ex, 307, "/hop/" + next));
        }

        FetchException e = fetchFails("/hop/0");

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_MANY_REDIRECTS);
        assertThat(e.getMessage()).startsWith("more than 5 redirects: " + server.uri("/hop/0") + " -> ")
                .endsWith(" -> " + server.uri("/hop/6"));
        assertThat(server.allRequests()).isEqualTo(6);
    }

    @Test
    void aRelativeRedirectIsResolvedAgainstTheAddressThatSentIt() throws Exception {
        byte[] pdf = pdf(3_000, 5);
        server.on("/old/plan.pdf", (ex, hit) -> redirect(ex, 301, "../new/plan.pdf"));
        server.on("/new/plan.pdf", (ex, hit) -> send(ex, 200, "application/pdf", pdf));

        FetchedDocument doc = fetcher.fetch("plan", server.uri("/old/plan.pdf"), folder);

        assertThat(doc.requested()).isEqualTo(server.uri("/old/plan.pdf"));
        assertThat(doc.finalUri()).isEqualTo(server.uri("/new/plan.pdf"));
        assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
    }

    @Test
    void aRedirectToAFileAddressIsRefused() {
        server.on("/sneaky.pdf", (ex, hit) -> redirect(ex, 302, "file:///etc/passwd"));

        FetchException e = fetchFails("/sneaky.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.BAD_URL);
        assertThat(e.getMessage()).contains("only http and https", "file:///etc/passwd");
    }

    @Test
    void anAnnouncedLengthOverTheCapIsRefusedBeforeTheBodyIsRead() {
        server.on("/huge.pdf", (ex, hit) -> send(ex, 200, "application/pdf", pdf(300 * 1024, 6)));

        FetchException e = fetchFails("/huge.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE);
        assertThat(e).hasMessage(server.uri("/huge.pdf") + " is larger than 256 KB (the server announces 300 KB)");
        assertThat(server.requests("/huge.pdf")).isEqualTo(1);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aChunkedBodyOverTheCapIsCutOffAtTheCap() {
        server.on("/endless.pdf", (ex, hit) -> sendChunked(ex, "application/pdf", pdf(300 * 1024, 7)));

        FetchException e = fetchFails("/endless.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.TOO_LARGE);
        assertThat(e).hasMessage(server.uri("/endless.pdf") + " is larger than 256 KB (stopped reading there)");
        assertThat(server.requests("/endless.pdf")).isEqualTo(1);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aChunkedBodyOfExactlyTheCapIsAccepted() throws Exception {
        byte[] pdf = pdf((int) CAP, 8);
        server.on("/full.pdf", (ex, hit) -> sendChunked(ex, "application/pdf", pdf));

        FetchedDocument doc = fetcher.fetch("full", server.uri("/full.pdf"), folder);

        assertThat(doc.bytes()).isEqualTo(CAP);
        assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
    }

    @Test
    void anHtmlPageServedUnderAPdfNameIsRefused() {
        server.on("/regioplan.pdf", (ex, hit) -> send(ex, 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>Deze pagina is verhuisd</body></html>".getBytes(StandardCharsets.UTF_8)));

        FetchException e = fetchFails("/regioplan.pdf");

        assertThat(e.failure()).isEqualTo(FetchFailure.WRONG_CONTENT_TYPE);
        assertThat(e.getMessage()).startsWith("server returned an HTML page, not a PDF");
        assertThat(server.requests("/regioplan.pdf")).isEqualTo(1);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void aGenericDownloadIsKeptOnlyWhenItStartsLikeAPdf() throws Exception {
        byte[] pdf = pdf(10_000, 9);
        server.on("/download/1", (ex, hit) -> send(ex, 200, "application/octet-stream", pdf));
        server.on("/download/2", (ex, hit) -> send(ex, 200, "binary/octet-stream",
                "<html><body>Log in</body></html>".getBytes(StandardCharsets.UTF_8)));

        FetchedDocument doc = fetcher.fetch("one", server.uri("/download/1"), folder);
        FetchException e = fetchFails("/download/2");

        assertThat(doc.contentType()).isEqualTo("application/octet-stream");
        assertThat(Files.readAllBytes(doc.file())).isEqualTo(pdf);
        assertThat(e.failure()).isEqualTo(FetchFailure.WRONG_CONTENT_TYPE);
        assertThat(e.getMessage()).startsWith("server returned a file that does not start like a PDF");
        assertThat(filesIn(folder)).containsExactly("one.pdf");
    }

    @Test
    void aFailedRefetchKeepsTheEarlierCopy() throws Exception {
        byte[] pdf = pdf(4_000, 10);
        server.on("/plan.pdf", (ex, hit) -> {
            if (hit == 1) send(ex, 200, "application/pdf", pdf);
            else sendChunked(ex, "application/pdf", pdf(300 * 1024, 11));
        });
        fetcher.fetch("plan", server.uri("/plan.pdf"), folder);

        assertThat(fetchFails("/plan.pdf").failure()).isEqualTo(FetchFailure.TOO_LARGE);

        assertThat(Files.readAllBytes(folder.resolve("plan.pdf"))).isEqualTo(pdf);
        assertThat(filesIn(folder)).containsExactly("plan.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "ftp://127.0.0.1/plan.pdf", "jar:file:/tmp/a.jar!/plan.pdf",
            "plans/regioplan.pdf", "http:plan.pdf"})
    void addressesOtherThanHttpAndHttpsAreRefused(String address) {
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch("plan", URI.create(address), folder));

        assertThat(e.failure()).isEqualTo(FetchFailure.BAD_URL);
        assertThat(e.getMessage()).contains(address);
        assertThat(server.allRequests()).isZero();
    }

    @Test
    void aPortWhereNothingListensIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + port + "/plan.pdf");

        FetchException e = catchThrowableOfType(FetchException.class, () -> fetcher.fetch("plan", nowhere, folder));

        assertThat(e.failure()).isEqualTo(FetchFailure.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("could not connect to 127.0.0.1:" + port)
                .endsWith("(gave up after 3 attempts)");
    }

    @Test
    void anUnsafeIdIsRefusedBeforeAnythingIsFetched() {
        assertThatThrownBy(() -> fetcher.fetch("../outside", server.uri("/plan.pdf"), folder))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.allRequests()).isZero();
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void twoFetchesInParallelShareOneFetcher() throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(2);
        byte[] first = pdf(150_000, 12);
        byte[] second = pdf(120_000, 13);
        LoopbackServer.Handler together = (ex, hit) -> {
            bothArrived.countDown();
            bothArrived.await(10, TimeUnit.SECONDS);
            send(ex, 200, "application/pdf", ex.getRequestURI().getPath().equals("/1.pdf") ? first : second);
        };
        server.on("/1.pdf", together);
        server.on("/2.pdf", together);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<FetchedDocument> one = pool.submit(() -> fetcher.fetch("first", server.uri("/1.pdf"), folder));
            Future<FetchedDocument> two = pool.submit(() -> fetcher.fetch("second", server.uri("/2.pdf"), folder));

            assertThat(Files.readAllBytes(one.get().file())).isEqualTo(first);
            assertThat(Files.readAllBytes(two.get().file())).isEqualTo(second);
            assertThat(bothArrived.getCount()).as("both requests were in flight at once").isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    private FetchException fetchFails(String path) {
        return catchThrowableOfType(FetchException.class, () -> fetcher.fetch("doc", server.uri(path), folder));
    }

    private FetchException fetchFails(FetchPolicy policy, String path) {
        try (HttpDocumentFetcher other = new HttpDocumentFetcher(policy)) {
            return catchThrowableOfType(FetchException.class, () -> other.fetch("doc", server.uri(path), folder));
        }
    }

    /** A body that starts like a PDF, then seeded random bytes, so runs are repeatable. */
    private static byte[] pdf(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        return bytes;
    }

    private static List<String> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
