package nl.regioplan.pipeline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients against a running web server: each client sends a fixed mix of requests to /api/search,
 * /api/targets and /api/status one after another, as fast as answers come, on its own keep-alive connection. Prints
 * req/s and p50/p95/p99 per endpoint, the errors, and the resident memory of the server process before and after.
 *
 * <p>The clients speak HTTP/1.1, as a browser does to an {@code http://} address (browsers use HTTP/2 only over
 * TLS). Java's client would otherwise upgrade the connection to cleartext HTTP/2, a path of the server no reader
 * takes.
 */
public final class LoadBenchmark {
    /** Searches a reader makes: words, a phrase, a field, facet filters, a theme drill-down, a blank query, page 2. */
    static final List<String> SEARCHES = List.of(
            "/api/search?q=wachttijden",
            "/api/search?q=" + encode("wachttijden ggz"),
            "/api/search?q=" + encode("\"positieve gezondheid\""),
            "/api/search?q=huisarts&theme=B",
            "/api/search?q=zorgpersoneel&page=2",
            "/api/search?q=" + encode("preventie OR leefstijl"),
            "/api/search?theme=F",
            "/api/search?q=" + encode("year:[2025 TO 2030] mantelzorg"),
            "/api/search",
            "/api/search?q=samenwerking&type=regioplan");
    /** Per ten requests: eight searches, one targets table, one status line, as the page asks them. */
    static final List<String> TARGETS = List.of("/api/targets", "/api/targets?theme=G");
    static final String STATUS = "/api/status";

    /** How long the clients load the server before their requests count. */
    static final Duration LOADED_WARM_UP = Duration.ofSeconds(10);
    private final PrintStream out;

    public LoadBenchmark(PrintStream out) {
        this.out = out;
    }

    /**
     * @param rssOf the resident memory of the server in bytes, or -1 when it cannot be seen (another process)
     */
    public void run(URI server, int clients, int seconds, RssProbe rssOf) throws Exception {
        String base = server.toString().replaceAll("/$", "");
        List<String> mix = mix();
        warmUp(base, mix);
        long rssBefore = rssOf.bytes();
        Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
        Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
        CountDownLatch done = new CountDownLatch(clients);
        // Requests of the first seconds under load are not counted: the JIT compiles what the concurrent load runs
        // (locks, the server's threads) only once it runs, and its compiler threads take the cores the load needs.
        long start = System.nanoTime() + LOADED_WARM_UP.toNanos();
        long end = start + seconds * 1_000_000_000L;
        for (int c = 0; c < clients; c++) {
            int first = c;
            Thread client = new Thread(() -> {
                try (HttpClient http = client()) {
                    for (int i = first; System.nanoTime() < end; i++) {
                        String path = mix.get(i % mix.size());
                        String endpoint = endpointOf(path);
                        long t = System.nanoTime();
                        try {
                            HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
                            if (answer.statusCode() != 200) throw new IOException("status " + answer.statusCode());
                            if (t >= start) latencies.computeIfAbsent(endpoint, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - t);
                        } catch (IOException e) {
                            errors.computeIfAbsent(endpoint, k -> new AtomicLong()).incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                } finally {
                    done.countDown();
                }
            }, "load-client-" + c);
            client.setDaemon(true);
            client.start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        long rssAfter = rssOf.bytes();
        report(clients, elapsed, latencies, errors, rssBefore, rssAfter);
    }

    private void report(int clients, double elapsed, Map<String, ConcurrentLinkedQueue<Long>> latencies,
                        Map<String, AtomicLong> errors, long rssBefore, long rssAfter) {
        out.printf(Locale.ROOT, "load: %d clients for %.1f s, after %d s of the same load not counted; mix per 10"
                + " requests: 8 searches, 1 targets, 1 status%n", clients, elapsed, LOADED_WARM_UP.toSeconds());
        out.printf(Locale.ROOT, "%-14s %8s %8s %9s %9s %9s %9s%n", "endpoint", "requests", "errors", "req/s",
                "p50 ms", "p95 ms", "p99 ms");
        long all = 0;
        for (String endpoint : List.of("/api/search", "/api/targets", "/api/status")) {
            long[] nanos = latencies.getOrDefault(endpoint, new ConcurrentLinkedQueue<>()).stream()
                    .mapToLong(Long::longValue).sorted().toArray();
            all += nanos.length;
            out.printf(Locale.ROOT, "%-14s %8d %8d %9.1f %9.1f %9.1f %9.1f%n", endpoint, nanos.length,
                    errors.getOrDefault(endpoint, new AtomicLong()).get(), nanos.length / elapsed,
                    percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99));
        }
        out.printf(Locale.ROOT, "all: %.1f req/s%n", all / elapsed);
        if (rssBefore >= 0) {
            out.printf(Locale.ROOT, "server RSS: %d MB before, %d MB after%n", rssBefore >> 20, rssAfter >> 20);
        } else {
            out.println("server RSS: not visible (a server in another process; give --pid to see it)");
        }
    }

    /** A client that speaks as a browser does to an http:// address (HTTP/1.1, see above). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Every request once, so the figures are of a warm server: JIT, searcher and caches. */
    private static void warmUp(String base, List<String> mix) throws Exception {
        try (HttpClient http = client()) {
            for (int round = 0; round < 3; round++) {
                for (String path : mix) {
                    HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + answer.statusCode() + ": "
                                + new String(answer.body(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
    }

    static List<String> mix() {
        List<String> mix = new ArrayList<>();
        for (int i = 0; i < SEARCHES.size(); i += 4) {
            mix.addAll(SEARCHES.subList(i, Math.min(SEARCHES.size(), i + 4)));
            mix.addAll(SEARCHES.subList(i, Math.min(SEARCHES.size(), i + 4)));
            mix.add(TARGETS.get((i / 4) % TARGETS.size()));
            mix.add(STATUS);
        }
        return mix;
    }

    private static String endpointOf(String path) {
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static double percentile(long[] sortedNanos, int p) {
        if (sortedNanos.length == 0) return Double.NaN;
        int at = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, at))] / 1e6;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The server's resident set size, read from /proc; -1 where there is no /proc or no such process. */
    @FunctionalInterface
    public interface RssProbe {
        long bytes();

        static RssProbe of(long pid) {
            Path status = Path.of("/proc", Long.toString(pid), "status");
            return () -> {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmRSS:")) {
                            String[] parts = line.substring(6).strip().split("\\s+");
                            return Long.parseLong(parts[0]) * 1024;
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    return -1;
                }
                return -1;
            };
        }

        static RssProbe none() {
            return () -> -1;
        }
    }
}
