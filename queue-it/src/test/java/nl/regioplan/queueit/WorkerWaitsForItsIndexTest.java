package nl.regioplan.queueit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.solr.SolrAddress;
import nl.regioplan.solr.SolrSearchIndex;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker (the built jar, in its own process) whose SolrCloud goes down while jobs wait: the Solr node is stopped
 * after the worker started, two jobs are published, and the worker neither dead-letters nor acknowledges them; it
 * says once, with the index's address, that the index is unavailable, and keeps trying with a growing pause. When
 * the node is started again both documents are indexed, each once, and nothing was quarantined.
 */
class WorkerWaitsForItsIndexTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PDFS = List.of("mun_almere_2024_2034_maatschappelijke_agenda_besluitenlijst.pdf",
            "mun_almere_2026_stevige_lokale_teams_begrotingswijziging.pdf");

    @RegisterExtension
    static final QueueComponents COMPONENTS = new QueueComponents(1);

    @TempDir
    Path tmp;

    @Test
    void jobsWaitWhileTheIndexIsDownAndAreIndexedOnceItIsBack() throws Exception {
        Path shared = QueueComponents.sharedCorpus();
        Path corpus = Files.createDirectories(tmp.resolve("gedeeld"));
        for (String pdf : PDFS) Files.copy(shared.resolve(pdf), corpus.resolve(pdf));
        String index = COMPONENTS.index("storing");
        try (SolrSearchIndex collection = SolrSearchIndex.open(SolrAddress.parse(index), new SolrSearchIndex.Layout(1, 1))) {
            assertThat(collection.documents()).isEmpty();
        }
        String topic = "outage-jobs";
        Path data = tmp.resolve("werker");
        Path log = tmp.resolve("worker.log");
        Process worker = QueueComponents.regioplan(log, "worker", "--queue", COMPONENTS.kafka().queue(), "--topic", topic, "--index", index,
                "--data", data.toString());
        try {
            await("the worker started", Duration.ofMinutes(2), () -> status(data) != null);
            JettySolrRunner node = COMPONENTS.solr().stopJettySolrRunner(0);
            COMPONENTS.solr().waitForJettyToStop(node);

            Process publish = QueueComponents.regioplan(tmp.resolve("publish.log"), "ingest", corpus.toString(), "--queue",
                    COMPONENTS.kafka().queue(), "--topic", topic);
            assertThat(publish.waitFor(2, TimeUnit.MINUTES)).isTrue();
            assertThat(publish.exitValue()).as(read(tmp.resolve("publish.log"))).isZero();
            await("the worker said the index is unavailable", Duration.ofMinutes(1),
                    () -> read(log).contains("is unavailable"));
            // a few pauses of the backoff (1 s, 2 s, 4 s): tries that fail the same way, said once
            Thread.sleep(8_000);
            assertThat(COMPONENTS.kafka().messages(topic + "-dead-letter", 1, Duration.ofSeconds(2))).as("dead letters").isEmpty();
            assertThat(status(data).get("documents").asInt()).isZero();
            assertThat(status(data).get("quarantined").asInt()).isZero();

            COMPONENTS.solr().startJettySolrRunner(node);
            COMPONENTS.solr().waitForNode(node, 60);
            await("both documents indexed", Duration.ofMinutes(2), () -> {
                JsonNode s = status(data);
                return s != null && s.get("documents").asInt() == PDFS.size();
            });
            try (SolrSearchIndex collection = SolrSearchIndex.connect(SolrAddress.parse(index))) {
                assertThat(collection.documents()).hasSize(PDFS.size());
            }
            String said = read(log);
            assertThat(occurrences(said, "is unavailable")).as(said).isEqualTo(1);
            assertThat(said).contains("the index " + index + " is unavailable", "the index " + index + " answers again");
            assertThat(status(data).get("quarantined").asInt()).isZero();
            assertThat(COMPONENTS.kafka().messages(topic + "-dead-letter", 1, Duration.ofSeconds(2))).as("dead letters").isEmpty();
        } finally {
            worker.destroy();
            worker.waitFor(1, TimeUnit.MINUTES);
        }
    }

    private static JsonNode status(Path data) {
        File[] files = data.resolve("workers").toFile().listFiles((d, n) -> n.endsWith(".json"));
        if (files == null || files.length == 0) return null;
        try {
            return JSON.readTree(files[0]);
        } catch (java.io.IOException e) {
            return null; // being rewritten
        }
    }

    private static String read(Path file) {
        try {
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static int occurrences(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    private static void await(String what, Duration wait, BooleanSupplier done) throws InterruptedException {
        long end = System.nanoTime() + wait.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > end) throw new AssertionError(what + ": not within " + wait);
            Thread.sleep(250);
        }
    }
}
