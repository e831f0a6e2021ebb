package nl.regioplan.pipeline.source;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static nl.regioplan.pipeline.source.LoopbackServer.redirect;
import static nl.regioplan.pipeline.source.LoopbackServer.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Issue 11, item 2: by default the fetcher reaches public addresses only, checked on the address a name resolves
 * to, before every request: the first, every redirect hop and every retry. A real server on 127.0.0.1; where a
 * test needs to reach it while other private addresses stay refused, the guard exempts exactly 127.0.0.1.
 */
class FetchAddressGuardTest {
    private static final FetchPolicy PUBLIC_ONLY = new FetchPolicy(Duration.ofSeconds(5), Duration.ofSeconds(5),
            1 << 20, 5, 3, Duration.ofMillis(10), Duration.ofSeconds(1));
    private static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes();

    @TempDir
    Path folder;

    private LoopbackServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LoopbackServer();
        server.on("/plan.pdf", (ex, hit) -> send(ex, 200, "application/pdf", PDF));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aLoopbackAddressIsRefusedWithoutTheFlagAndNoRequestIsMade() {
        FetchException e = fails(new HttpDocumentFetcher(PUBLIC_ONLY), server.uri("/plan.pdf"));

        assertThat(e.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
        assertThat(e).hasMessageContaining("127.0.0.1 a loopback address").hasMessageContaining("--allow-private-addresses");
        assertThat(server.allRequests()).isZero();
    }

    @Test
    void withTheFlagTheLoopbackServerIsFetched() throws Exception {
        try (HttpDocumentFetcher fetcher = new HttpDocumentFetcher(PUBLIC_ONLY.allowingPrivateAddresses())) {
            assertThat(fetcher.fetch("plan", server.uri("/plan.pdf"), folder).bytes()).isEqualTo(PDF.length);
        }
    }

    @Test
    void aNameThatResolvesToAPrivateAddressIsRefusedByWhatItResolvesTo() {
        URI byName = URI.create("http://localhost:" + server.uri("/").getPort() + "/plan.pdf");

        FetchException e = fails(new HttpDocumentFetcher(PUBLIC_ONLY), byName);

        assertThat(e.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
        assertThat(e).hasMessageMatching(".*localhost resolves to (127\\.0\\.0\\.1|0:0:0:0:0:0:0:1), a loopback address.*");
        assertThat(server.allRequests()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/plan.pdf",
            "http://192.168.0.1/plan.pdf", "http://[::1]/plan.pdf", "http://0.0.0.0/plan.pdf",
            "http://[::ffff:169.254.169.254]/plan.pdf"})
    void privateAndLinkLocalAddressesAreRefusedBeforeAnyConnection(String address) {
        long start = System.nanoTime();
        FetchException e = fails(new HttpDocumentFetcher(PUBLIC_ONLY), URI.create(address));

        assertThat(e.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
        assertThat(e).hasMessageContaining("only public addresses are fetched");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("no connection was tried").isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aClosedLocalPortIsNotProbed() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        FetchException e = fails(new HttpDocumentFetcher(PUBLIC_ONLY), URI.create("http://127.0.0.1:" + closed + "/"));

        assertThat(e.failure()).as("a refused connection would tell a prober the port is closed")
                .isEqualTo(FetchFailure.PRIVATE_ADDRESS);
        assertThat(e).hasMessageNotContaining("connection refused");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/iam/", "http://10.0.0.1/plan.pdf",
            "http://[::1]:80/plan.pdf", "http://127.0.0.2/plan.pdf"})
    void aRedirectIntoThePrivateNetworkIsRefusedAtTheHop(String target) {
        server.on("/moved.pdf", (ex, hit) -> redirect(ex, 302, target));
        HttpDocumentFetcher onlyThisServer = new HttpDocumentFetcher(PUBLIC_ONLY,
                AddressGuard.publicAnd(a -> a.getHostAddress().equals("127.0.0.1")));

        FetchException e = fails(onlyThisServer, server.uri("/moved.pdf"));

        assertThat(e.failure()).isEqualTo(FetchFailure.PRIVATE_ADDRESS);
        assertThat(server.requests("/moved.pdf")).isEqualTo(1);
    }

    private FetchException fails(HttpDocumentFetcher fetcher, URI uri) {
        try (fetcher) {
            return catchThrowableOfType(FetchException.class, () -> fetcher.fetch("plan", uri, folder));
        }
    }
}
