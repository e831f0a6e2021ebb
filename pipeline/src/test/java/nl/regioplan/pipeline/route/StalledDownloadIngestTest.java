package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import nl.regioplan.pipeline.cli.CommandRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, item 3, end to end: two entries whose servers stall (one before the headers, one trickling a byte a
 * second) cannot hold up the run. Downloads have their own threads, so the good entries are fetched and parsed
 * meanwhile, and each stalled one ends at {@code --fetch-timeout} with a reason that says so.
 */
class StalledDownloadIngestTest {
    @TempDir
    Path tmp;

    private HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/stil.pdf", exchange -> await());
        server.createContext("/druppel.pdf", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
                while (closing.getCount() > 0) {
                    out.write(' ');
                    out.flush();
                    if (closing.await(1, TimeUnit.SECONDS)) break;
                }
            } catch (IOException | InterruptedException gone) {
                // the fetcher hung up at its deadline
            }
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }

    @Test
    @Timeout(120)
    void stalledServersEndAtTheFetchTimeoutWhileTheOtherEntriesAreIngested() throws Exception {
        byte[] plan = Files.readAllBytes(TestPdfs.write(tmp.resolve("served.pdf"),
                List.of("Regioplan\nDe wachttijden in de ggz worden korter door samenwerking.")));
        server.createContext("/goed.pdf", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/pdf");
            exchange.sendResponseHeaders(200, plan.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(plan);
            }
        });
        TestPdfs.write(tmp.resolve("lokaal.pdf"), List.of("Mantelzorgers krijgen meer respijtzorg."));
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path manifest = Files.write(tmp.resolve("manifest.csv"), List.of("id,url",
                "stil," + base + "/stil.pdf", "druppel," + base + "/druppel.pdf",
                "goed," + base + "/goed.pdf", "lokaal,lokaal.pdf"), StandardCharsets.UTF_8);
        Path data = tmp.resolve("data");

        long start = System.nanoTime();
        CommandRun run = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data.toString(),
                "--allow-private-addresses", "--fetch-timeout", "3", "--threads", "1");
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.text()).contains("ingested 2 documents").contains("2 quarantined");
        JsonNode status = CommandRun.json("status", "--data", data.toString(), "--json");
        Map<String, String> reasons = new HashMap<>();
        status.get("quarantined").forEach(q -> reasons.put(q.get("file").asText(), q.get("reason").asText()));
        assertThat(reasons).containsOnlyKeys("stil.pdf", "druppel.pdf");
        assertThat(reasons.values()).allSatisfy(r -> assertThat(r).contains("took longer than 3 s in all"));
        assertThat(took).as("both stalls ran at once, beside the good entries").isLessThan(Duration.ofSeconds(60));
    }

    private void await() {
        try {
            closing.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException ignored) {
            // the test is over
        }
    }
}
