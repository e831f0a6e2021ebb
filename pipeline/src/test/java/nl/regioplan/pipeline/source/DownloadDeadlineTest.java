package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.OutputStream;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 11, item 3: one download may take the policy's deadline in all, however the server spends it: stalling
 * before the headers, or trickling a byte now and then so the idle timeout never fires. A real server on
 * 127.0.0.1; the read timeout is long (10 s) so only the deadline (1.5 s) can end these fetches quickly.
 */
class DownloadDeadlineTest extends FetcherOnLoopback {
    private static final Duration DEADLINE = Duration.ofMillis(1500);
    private static final FetchPolicy PATIENT_BUT_BOUNDED = new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(10),
            1 << 20, 5, 3, Duration.ofMillis(10), Duration.ofSeconds(1)).allowingPrivateAddresses().withDeadline(DEADLINE);

    DownloadDeadlineTest() {
        super(PATIENT_BUT_BOUNDED);
    }

    @Test
    @Timeout(20)
    void aServerTricklingAByteAtATimeIsCutOffAtTheDeadline() {
        server.on("/trickle.pdf", (ex, hit) -> {
            ex.getResponseHeaders().set("Content-Type", "application/pdf");
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write("%PDF-1.7\n".getBytes());
                for (int i = 0; i < 200; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(100);
                }
            }
        });

        long start = System.nanoTime();
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch("plan", server.uri("/trickle.pdf"), folder));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e.failure()).isEqualTo(FetchFailure.DEADLINE);
        assertThat(e).hasMessageContaining("took longer than 1.5 s in all").hasMessageContaining("--fetch-timeout");
        assertThat(took).isBetween(DEADLINE, Duration.ofSeconds(6));
        assertThat(server.requests("/trickle.pdf")).as("a deadline is not tried again").isEqualTo(1);
    }

    @Test
    @Timeout(20)
    void aServerThatNeverAnswersIsGivenUpOnAtTheDeadlineNotAfterThreeReadTimeouts() {
        server.on("/stall.pdf", (ex, hit) -> server.holdUntilClosed());

        long start = System.nanoTime();
        FetchException e = catchThrowableOfType(FetchException.class,
                () -> fetcher.fetch("plan", server.uri("/stall.pdf"), folder));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e.failure()).isEqualTo(FetchFailure.DEADLINE);
        assertThat(took).isBetween(DEADLINE, Duration.ofSeconds(6));
    }
}
