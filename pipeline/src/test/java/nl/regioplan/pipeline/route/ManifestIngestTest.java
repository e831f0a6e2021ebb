package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code regioplan ingest --manifest} end to end: a real HTTP server on 127.0.0.1 serves the remote entries, the
 * command line fetches, ingests and quarantines them, and {@code status}/{@code search} show what a user sees.
 */
class ManifestIngestTest {
    @TempDir
    Path tmp;

    private HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    /** Answers every request for {@code path} with the same status, content type and body. */
    private String serve(String path, int status, String contentType, byte[] body) {
        server.createContext(path, exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private Path data() {
        return tmp.resolve("data");
    }

    private Path manifest(String... lines) throws IOException {
        return Files.write(tmp.resolve("manifest.csv"), List.of(lines), StandardCharsets.UTF_8);
    }

    private JsonNode status() throws Exception {
        return CommandRun.json("status", "--data", data().toString(), "--json");
    }

    private JsonNode search(String query) throws Exception {
        return CommandRun.json("search", query, "--data", data().toString(), "--json");
    }

    @Test
    void fetchedAndLocalEntriesAreIngestedUnderTheManifestsRegionAndTitleAndBadDownloadsAreQuarantinedWithTheirReason()
            throws Exception {
        Path served = TestPdfs.write(tmp.resolve("served.pdf"),
                List.of("Regioplan\nDe wachttijden in de ggz worden korter door samenwerking."));
        String good = serve("/plannen/twente.pdf", 200, "application/pdf", Files.readAllBytes(served));
        String missing = serve("/plannen/weg.pdf", 404, "text/html", "<h1>Niet gevonden</h1>".getBytes(StandardCharsets.UTF_8));
        String html = serve("/plannen/verhuisd.pdf", 200, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><body>Deze pagina is verhuisd</body></html>".getBytes(StandardCharsets.UTF_8));
        byte[] whole = Files.readAllBytes(TestPdfs.write(tmp.resolve("whole.pdf"), List.of("Een pagina.", "Nog een.")));
        String damaged = serve("/plannen/afgebroken.pdf", 200, "application/pdf",
                Arrays.copyOf(whole, whole.length / 3));
        Files.createDirectories(tmp.resolve("lokaal"));
        TestPdfs.write(tmp.resolve("lokaal/zeeland.pdf"), List.of("Mantelzorgers krijgen meer respijtzorg."));
        Path manifest = manifest("id,url,region,title,type",
                "plan-twente," + good + ",Twente,Regioplan Twente 2023,regioplan",
                "plan-weg," + missing + ",Achterhoek,Regioplan dat weg is,regioplan",
                "plan-html," + html + ",Achterhoek,Regioplan als webpagina,regioplan",
                "plan-kapot," + damaged + ",Achterhoek,Afgebroken download,regioplan",
                "plan-zeeland,lokaal/zeeland.pdf,Zeeland,\"Regioplan Zeeland, versie 2\",regiobeeld");

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString(),
                "--allow-private-addresses");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.text()).contains("ingested 2 documents").contains("3 quarantined");

        JsonNode status = status();
        assertThat(status.get("documents").asInt()).isEqualTo(2);
        assertThat(new DataStore(data()).catalogEntry("plan-twente").orElseThrow())
                .satisfies(e -> {
                    assertThat(e.region()).isEqualTo("Twente");
                    assertThat(e.title()).isEqualTo("Regioplan Twente 2023");
                    assertThat(e.type()).isEqualTo("regioplan");
                    assertThat(e.source()).isEqualTo(good);
                });
        assertThat(new DataStore(data()).catalogEntry("plan-zeeland").orElseThrow())
                .satisfies(e -> {
                    assertThat(e.region()).isEqualTo("Zeeland");
                    assertThat(e.title()).isEqualTo("Regioplan Zeeland, versie 2");
                    assertThat(e.type()).isEqualTo("regiobeeld");
                });

        Map<String, JsonNode> quarantined = new HashMap<>();
        status.get("quarantined").forEach(q -> quarantined.put(q.get("file").asText(), q));
        assertThat(quarantined).containsOnlyKeys("plan-weg.pdf", "plan-html.pdf", "plan-kapot.pdf");
        assertThat(quarantined.get("plan-weg.pdf").get("reason").asText()).contains("HTTP 404", missing);
        assertThat(quarantined.get("plan-weg.pdf").get("source").asText()).isEqualTo(missing);
        assertThat(quarantined.get("plan-html.pdf").get("reason").asText()).contains("HTML page", "not a PDF");
        assertThat(quarantined.get("plan-kapot.pdf").get("reason").asText()).contains("damaged");
        assertThat(quarantined.get("plan-kapot.pdf").get("source").asText()).isEqualTo(damaged);
        assertThat(data().resolve("quarantine/plan-weg.pdf.reason.json")).exists();
        assertThat(data().resolve("quarantine/plan-kapot.pdf")).as("the damaged download is kept for inspection").exists();

        JsonNode ggz = search("wachttijden");
        assertThat(ggz.get("total").asInt()).isGreaterThan(0);
        assertThat(ggz.get("hits")).allSatisfy(hit -> {
            assertThat(hit.get("doc").asText()).isEqualTo("plan-twente");
            assertThat(hit.get("region").asText()).isEqualTo("Twente");
            assertThat(hit.get("title").asText()).isEqualTo("Regioplan Twente 2023");
        });
        JsonNode respijt = search("respijtzorg");
        assertThat(respijt.get("total").asInt()).isGreaterThan(0);
        assertThat(respijt.get("hits").get(0).get("region").asText()).isEqualTo("Zeeland");
        assertThat(respijt.get("hits").get(0).get("title").asText()).isEqualTo("Regioplan Zeeland, versie 2");
    }

    @Test
    void aManifestWhereNothingCanBeFetchedExitsNonZeroWithTheReasons() throws Exception {
        String missing = serve("/weg.pdf", 404, "text/plain", "weg".getBytes(StandardCharsets.UTF_8));
        Path manifest = manifest("id,url", "weg," + missing);

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString(),
                "--allow-private-addresses");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.text()).contains("1 quarantined");
        assertThat(status().get("quarantined").get(0).get("reason").asText()).contains("HTTP 404");
    }

    @Test
    void anUnsupportedSchemeIsAOneLineErrorNamingTheLineAndNothingIsFetched() throws Exception {
        String good = serve("/plan.pdf", 200, "application/pdf",
                Files.readAllBytes(TestPdfs.write(tmp.resolve("plan.pdf"), List.of("Valpreventie."))));
        Path manifest = manifest("id,url,region,title,type",
                "goed," + good + ",Twente,Goed,regioplan",
                "ftp,ftp://127.0.0.1/plan.pdf,Twente,Via ftp,regioplan");

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString(),
                "--allow-private-addresses");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("regioplan: ").contains("line 3", "unsupported scheme 'ftp'");
        assertThat(data().resolve("catalog")).doesNotExist();
    }

    @Test
    void aManifestWithoutItsHeaderIsAOneLineErrorSayingSo() throws Exception {
        Path manifest = manifest("plan,https://example.org/plan.pdf,Twente,Plan,regioplan");

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString(),
                "--allow-private-addresses");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("regioplan: ").contains("line 1", "unknown column 'plan'", "header");
    }

    @Test
    void aFileUrlIsRefusedAndNothingOfItIsCopied() throws Exception {
        Path pdf = TestPdfs.write(tmp.resolve("lokaal.pdf"), List.of("Administratieve lasten dalen."));
        Path manifest = manifest("id,url,region", "lokaal," + pdf.toUri() + ",Achterhoek",
                "wachtwoorden,file:///etc/passwd,Achterhoek");

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString());

        assertThat(r.exitCode()).isEqualTo(1);
        Map<String, JsonNode> quarantined = new HashMap<>();
        status().get("quarantined").forEach(q -> quarantined.put(q.get("file").asText(), q));
        assertThat(quarantined).containsOnlyKeys("lokaal.pdf", "wachtwoorden.pdf");
        assertThat(quarantined.get("wachtwoorden.pdf").get("reason").asText())
                .contains("not 'file:' addresses", "file:///etc/passwd");
        assertThat(quarantined.get("wachtwoorden.pdf").get("failure").asText()).isEqualTo("BAD_URL");
        assertThat(data().resolve("quarantine/wachtwoorden.pdf")).doesNotExist();
        assertThat(data().resolve("quarantine/lokaal.pdf")).doesNotExist();
    }

    @Test
    void aPathLeavingTheManifestsFolderIsRefusedUnlessAllowed() throws Exception {
        Path outside = TestPdfs.write(tmp.resolve("buiten.pdf"), List.of("Administratieve lasten dalen."));
        Path folder = Files.createDirectories(tmp.resolve("map"));
        Files.createDirectories(folder.resolve("sub"));
        TestPdfs.write(folder.resolve("sub/binnen.pdf"), List.of("Mantelzorgers krijgen meer respijtzorg."));
        Path manifest = Files.write(folder.resolve("manifest.csv"), List.of("id,url,region",
                "binnen,sub/../sub/binnen.pdf,Zeeland",
                "buiten,../buiten.pdf,Zeeland",
                "systeem,../../../../../../../../etc/hostname,Zeeland",
                "absoluut," + outside + ",Zeeland"), StandardCharsets.UTF_8);

        CommandRun r = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.text()).contains("ingested 1 document").contains("3 quarantined");
        Map<String, JsonNode> quarantined = new HashMap<>();
        status().get("quarantined").forEach(q -> quarantined.put(q.get("file").asText(), q));
        assertThat(quarantined).containsOnlyKeys("buiten.pdf", "systeem.pdf", "absoluut.pdf");
        quarantined.values().forEach(q -> {
            assertThat(q.get("failure").asText()).isEqualTo("OUTSIDE_MANIFEST_FOLDER");
            assertThat(q.get("reason").asText()).contains("outside the manifest's folder", "--allow-outside-paths");
        });
        assertThat(data().resolve("quarantine/systeem.pdf")).as("nothing of /etc is copied").doesNotExist();
        assertThat(data().resolve("quarantine/buiten.pdf")).doesNotExist();

        CommandRun allowed = CommandRun.of("ingest", "--manifest", manifest.toString(), "--data", data().toString(),
                "--allow-outside-paths");
        assertThat(new DataStore(data()).catalogEntry("buiten")).as(allowed.err()).isPresent();
        assertThat(new DataStore(data()).catalogEntry("absoluut")).isPresent();
    }
}
