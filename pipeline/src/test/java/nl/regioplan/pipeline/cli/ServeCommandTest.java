package nl.regioplan.pipeline.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.util.ArrayList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code regioplan serve} as a user runs it: in its own JVM, stopped with Ctrl-C (SIGINT). */
class ServeCommandTest {
    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servePrintsItsLoopbackUrlAnswersAndStopsCleanlyOnCtrlC(@TempDir Path data) throws Exception {
        long started = System.nanoTime();
        Process serve = regioplan("serve", "--data", data.toString(), "--port", "0");
        try {
            String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
            System.out.printf("serve printed its URL after %.1f s: %s%n", (System.nanoTime() - started) / 1e9, line);
            Matcher url = URL.matcher(String.valueOf(line));
            assertThat(url.find()).as(line + "\n" + stderr(serve)).isTrue();
            URI uri = URI.create(url.group(1));
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> status = http.send(HttpRequest.newBuilder(uri.resolve("/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"documents\":0");

            new ProcessBuilder("kill", "-INT", Long.toString(serve.pid())).start().waitFor();
            assertThat(serve.waitFor(30, TimeUnit.SECONDS)).as("stopped after Ctrl-C").isTrue();
            assertThat(serve.exitValue()).isEqualTo(130);
            assertThatThrownBy(() -> http.send(HttpRequest.newBuilder(uri.resolve("/api/status")).build(),
                    HttpResponse.BodyHandlers.ofString())).isInstanceOf(ConnectException.class);
        } finally {
            serve.destroyForcibly();
        }
    }

    @Test
    void sigtermStopsTheServerWithinSecondsWhileDownloadsAreInFlight(@TempDir Path data) throws Exception {
        // A plan of 20 MB in the data folder, as an ingest leaves it (the server does not look inside the bytes).
        Files.createDirectories(data.resolve("raw"));
        Files.createDirectories(data.resolve("catalog"));
        byte[] bytes = new byte[20 << 20];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(data.resolve("raw").resolve("groot-plan.pdf"), bytes);
        Files.writeString(data.resolve("catalog").resolve("groot-plan.json"), "{\"doc\":\"groot-plan\",\"sha256\":\""
                + "a".repeat(64) + "\",\"source\":\"groot-plan.pdf\",\"title\":\"Groot plan\",\"pages\":1,\"ocrPages\":0}");
        Process serve = regioplan("serve", "--data", data.toString(), "--port", "0");
        List<Socket> readers = new ArrayList<>();
        try {
            String line = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8)).readLine();
            Matcher url = URL.matcher(String.valueOf(line));
            assertThat(url.find()).as(line + "\n" + stderr(serve)).isTrue();
            int port = URI.create(url.group(1)).getPort();
            // Clients that ask for the PDF and then read nothing: the server's sends stall on full sockets.
            for (int i = 0; i < 24; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.setReceiveBufferSize(4096);
                socket.getOutputStream().write(("GET /api/documents/groot-plan/pdf HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                readers.add(socket);
            }
            assertThat(readers.getFirst().getInputStream().read()).isEqualTo('H');
            long sent = System.nanoTime();
            new ProcessBuilder("kill", "-TERM", Long.toString(serve.pid())).start().waitFor();
            boolean stopped = serve.waitFor(10, TimeUnit.SECONDS);
            System.out.printf("serve %s %.1f s after SIGTERM with %d downloads in flight%n", stopped ? "stopped" : "still running",
                    (System.nanoTime() - sent) / 1e9, readers.size());
            assertThat(stopped).as("stopped within 10 s of SIGTERM").isTrue();
        } finally {
            for (Socket socket : readers) socket.close();
            serve.destroyForcibly();
        }
    }

    @Test
    void aPortInUseIsOneClearLine(@TempDir Path data) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Process serve = regioplan("serve", "--data", data.toString(), "--port", Integer.toString(taken.getLocalPort()));
            try {
                assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
                String err = stderr(serve);
                assertThat(serve.exitValue()).as(err).isEqualTo(2);
                assertThat(err).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).doesNotContain("\tat ").doesNotContain("Exception");
            } finally {
                serve.destroyForcibly();
            }
        }
    }

    private static Process regioplan(String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                RegioplanCommand.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    private static String stderr(Process process) throws IOException {
        if (process.isAlive()) return "";
        return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
