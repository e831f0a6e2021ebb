package nl.regioplan.pipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static nl.regioplan.pipeline.web.SampleDataFolder.SHA256;
import static nl.regioplan.pipeline.web.SampleDataFolder.TWENTE_PLAN;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What makes the server safe to leave running on an analyst's machine, against the real server on a loopback port:
 * it answers only to its own names, refuses searches that would burn the CPU, sends PDFs in ranges from disk, shows
 * no file paths, and closes silent connections.
 */
class WebServerSafetyTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path folder;
    static DataStore store;
    static PlanIndex index;
    static WebServer server;

    @BeforeAll
    static void start() throws Exception {
        store = SampleDataFolder.write(folder.resolve("data"));
        Path bad = folder.resolve("plannen").resolve("kapot.pdf");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "%PDF-1.7 kapot");
        store.quarantine(bad, new QuarantineEntry("kapot.pdf", "cannot read " + bad.toAbsolutePath() + ": broken xref",
                "java.io.IOException: " + bad.toAbsolutePath() + " (Error: End-of-File)", bad.toAbsolutePath().toString(),
                "2026-11-23T09:00:00Z"));
        index = PlanIndex.open(store.indexDir());
        server = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index), List.of("regioplan.intern"));
    }

    @AfterAll
    static void stop() throws IOException {
        server.close();
        index.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evil.example", "evil.example:%d", "127.0.0.1.nip.io:%d", "localhost.evil.example", "[::2]:%d"})
    void aRequestNamingAnotherHostIs403InJsonAndReachesNoEndpoint(String host) throws Exception {
        RawResponse response = raw("/api/status", host.formatted(port()));

        assertThat(response.status()).as(response.head()).isEqualTo(403);
        assertThat(response.head()).containsIgnoringCase("Content-Type: application/json; charset=utf-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("error").asText()).contains("onbekende host").contains("--allow-host");
        assertThat(body.has("documents")).isFalse();
        assertThat(raw("/assets/app.js", host.formatted(port())).status()).isEqualTo(403);
        assertThat(raw("/api/documents/" + TWENTE_PLAN + "/pdf", host.formatted(port())).status()).isEqualTo(403);
    }

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1:%d", "localhost:%d", "LOCALHOST:%d", "localhost.:%d", "[::1]:%d", "regioplan.intern",
            "regioplan.intern:%d"})
    void thisMachinesOwnNamesAndAnAllowedNameAreAnswered(String host) throws Exception {
        RawResponse response = raw("/api/status", host.formatted(port()));
        assertThat(response.status()).as(response.head()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("documents").asInt()).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "zorg~2 OR wachttijd~2 OR huisarts~2 OR jeugd~2 OR wijk~2 | vage woorden",
            "a* OR b* OR c* OR d* OR e* OR f* OR g* OR h* OR i* | jokerteken",
            "PHRASES | woordgroepen",
            "TERMS | zoektermen",
            "DEEP | haakjes"})
    void aSearchThatWouldCostTooMuchIs400SayingWhyInDutch(String query, String why) throws Exception {
        String q = switch (query) {
            case "PHRASES" -> IntStream.range(0, 17).mapToObj(i -> "\"zorg " + i + "\"").collect(Collectors.joining(" OR "));
            case "TERMS" -> IntStream.range(0, 65).mapToObj(i -> "woord" + i).collect(Collectors.joining(" OR "));
            case "DEEP" -> "(".repeat(21) + "zorg" + ")".repeat(21);
            default -> query;
        };
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("/api/search?q=" + encode(q))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(400);
        String error = JSON.readTree(response.body()).get("error").asText();
        assertThat(error).contains(why).contains("hoogstens").doesNotContain("Exception");
        assertThat(HTTP.send(HttpRequest.newBuilder(uri("/api/search?q=wachttijden")).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aSearchWithinTheLimitsIsAnswered() throws Exception {
        String q = "zorg~1 OR wachttijd~2 OR samen* OR \"regionale samenwerking\" OR (huisarts AND (ggz OR jeugd))";
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("/api/search?q=" + encode(q))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(response.body()).get("total").asLong()).isPositive();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"(wachttijden | haakje", "\"wachttijden | aanhalingsteken", "wachttijden AND | ontbreekt",
            "regio:twente | Onbekend veld", "*zorg | jokerteken"})
    void aMalformedQueryIsExplainedInDutch(String query, String words) throws Exception {
        HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri("/api/search?q=" + encode(query))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains(words);
    }

    @Test
    void aPdfRangeIs206WithTheBytesOfThatRange() throws Exception {
        byte[] whole = Files.readAllBytes(store.rawPdf(TWENTE_PLAN));
        HttpResponse<byte[]> first = pdf("bytes=0-99");
        assertThat(first.statusCode()).isEqualTo(206);
        assertThat(first.headers().firstValue("Content-Range")).hasValue("bytes 0-99/" + whole.length);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.body()).isEqualTo(Arrays.copyOfRange(whole, 0, 100));

        HttpResponse<byte[]> tail = pdf("bytes=-50");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(whole, whole.length - 50, whole.length));

        HttpResponse<byte[]> rest = pdf("bytes=1000-");
        assertThat(rest.headers().firstValue("Content-Range")).hasValue("bytes 1000-" + (whole.length - 1) + "/" + whole.length);
        assertThat(rest.body()).isEqualTo(Arrays.copyOfRange(whole, 1000, whole.length));
    }

    @Test
    void aRangePastTheEndIs416NamingTheLength() throws Exception {
        long size = Files.size(store.rawPdf(TWENTE_PLAN));
        HttpResponse<byte[]> response = pdf("bytes=" + size + "-");
        assertThat(response.statusCode()).isEqualTo(416);
        assertThat(response.headers().firstValue("Content-Range")).hasValue("bytes */" + size);
    }

    @Test
    void thePdfSaysItTakesRangesAndIsTaggedWithItsHash() throws Exception {
        HttpResponse<byte[]> whole = pdf(null);
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
        assertThat(whole.headers().firstValue("ETag")).hasValue("\"" + SHA256 + "\"");
        assertThat(whole.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(whole.body()).isEqualTo(Files.readAllBytes(store.rawPdf(TWENTE_PLAN)));

        HttpResponse<byte[]> unchanged = HTTP.send(HttpRequest.newBuilder(pdfUri())
                .header("If-None-Match", "\"" + SHA256 + "\"").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();

        // A range of another version of the file would be spliced onto the wrong bytes: the whole file comes instead.
        HttpResponse<byte[]> otherVersion = HTTP.send(HttpRequest.newBuilder(pdfUri()).header("Range", "bytes=0-99")
                .header("If-Range", "\"" + "1".repeat(64) + "\"").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(otherVersion.statusCode()).isEqualTo(200);
        assertThat(otherVersion.body()).hasSize((int) Files.size(store.rawPdf(TWENTE_PLAN)));
    }

    @Test
    void assetsCarryTheCacheControlTheCodeSets() throws Exception {
        for (String path : List.of("/", "/assets/app.js", "/assets/app.css")) {
            HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue("no-cache");
        }
    }

    @Test
    void noAnswerNamesAFilePathOfThisMachine() throws Exception {
        String root = folder.toAbsolutePath().toString();
        for (String path : List.of("/api/status", "/api/documents", "/api/documents/" + TWENTE_PLAN)) {
            String body = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body();
            assertThat(body).as(path).doesNotContain(root).doesNotContain("/plannen/").doesNotContainPattern("\"/[^\"]*/");
        }
        JsonNode entry = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/documents/" + TWENTE_PLAN)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(entry.get("source").asText()).isEqualTo(TWENTE_PLAN + ".pdf");
        JsonNode quarantined = JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri("/api/status")).build(),
                HttpResponse.BodyHandlers.ofString()).body()).get("quarantined").get(0);
        assertThat(quarantined.get("source").asText()).isEqualTo("kapot.pdf");
        assertThat(quarantined.get("reason").asText()).isEqualTo("cannot read kapot.pdf: broken xref");
    }

    @Test
    void aConnectionThatStaysSilentIsClosed() throws Exception {
        // Its own server with a short idle timeout: the shared one keeps the default, which a test cannot wait out.
        try (WebServer quick = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index), List.of(), 2);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), quick.uri().getPort())) {
            socket.setSoTimeout(30_000);
            long start = System.nanoTime();
            int read;
            try {
                read = socket.getInputStream().read();
            } catch (SocketTimeoutException e) {
                throw new AssertionError("the server kept a silent connection open for 30 s", e);
            } catch (IOException reset) {
                read = -1;
            }
            assertThat(read).isEqualTo(-1);
            System.out.printf("silent connection closed after %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    @Test
    void anIngestThatChangesTheCatalogShowsInTheNextAnswer() throws Exception {
        assertThat(json("/api/status").get("documents").asInt()).isEqualTo(3);
        Path catalogEntry = store.root().resolve("catalog").resolve(SampleDataFolder.IZA + ".json");
        byte[] saved = Files.readAllBytes(catalogEntry);
        try {
            Files.delete(catalogEntry);
            assertThat(json("/api/status").get("documents").asInt()).isEqualTo(2);
            assertThat(json("/api/documents")).hasSize(2);
        } finally {
            Files.write(catalogEntry, saved);
        }
        assertThat(json("/api/status").get("documents").asInt()).isEqualTo(3);
    }

    private static JsonNode json(String path) throws Exception {
        return JSON.readTree(HTTP.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString()).body());
    }

    private static HttpResponse<byte[]> pdf(String range) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(pdfUri());
        if (range != null) request.header("Range", range);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static URI pdfUri() {
        return uri("/api/documents/" + TWENTE_PLAN + "/pdf");
    }

    private static int port() {
        return server.uri().getPort();
    }

    private static URI uri(String pathAndQuery) {
        return URI.create(server.uri().toString().replaceAll("/$", "") + pathAndQuery);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    record RawResponse(int status, String head, byte[] body) {
    }

    /** HTTP/1.1 by hand: Java's client will not send a Host header of our choosing. */
    private static RawResponse raw(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            byte[] bytes = all.toByteArray();
            String text = new String(bytes, StandardCharsets.ISO_8859_1);
            int split = text.indexOf("\r\n\r\n");
            String head = text.substring(0, split);
            int status = Integer.parseInt(head.split(" ")[1]);
            return new RawResponse(status, head, Arrays.copyOfRange(bytes, split + 4, bytes.length));
        }
    }
}
