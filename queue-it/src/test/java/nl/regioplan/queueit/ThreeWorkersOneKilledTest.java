package nl.regioplan.queueit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.regioplan.solr.SolrAddress;
import nl.regioplan.solr.SolrSearchIndex;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, done when: ../shared/corpus/pdf through one Kafka broker and three worker JVMs (the built regioplan
 * jar, started as a user starts it) into a SolrCloud collection of 2 shards x 2 replicas; one worker is killed
 * with SIGKILL after it finished some documents. Every document ends indexed exactly once (its Solr records are
 * those of a local ingest of the same corpus, no more) and none is lost; publishing the same jobs again changes
 * nothing.
 */
class ThreeWorkersOneKilledTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final QueueComponents COMPONENTS = new QueueComponents(2);

    @TempDir
    Path tmp;

    @Test
    void everyDocumentIsIndexedExactlyOnceThoughAWorkerIsKilledMidRun() throws Exception {
        Path corpus = QueueComponents.sharedCorpus();
        Path jar = QueueComponents.jar();
        assertThat(jar).as("the built regioplan jar (mvn package builds it before this module's tests)").isRegularFile();
        String index = COMPONENTS.index("regioplannen");
        // made before the workers start, which would otherwise race to create it
        try (SolrSearchIndex collection = SolrSearchIndex.open(SolrAddress.parse(index))) {
            assertThat(collection.documents()).isEmpty();
        }
        Path shared = tmp.resolve("gedeeld");
        Path reference = tmp.resolve("lokaal");

        long start = System.nanoTime();
        Process local = QueueComponents.regioplan(tmp.resolve("lokaal.log"), "ingest", corpus.toString(), "--data",
                reference.toString(), "--threads", "1");
        Process publish = QueueComponents.regioplan(tmp.resolve("publish.log"), "ingest", corpus.toString(), "--queue",
                COMPONENTS.kafka().queue());
        assertThat(publish.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(publish.exitValue()).as(log(tmp.resolve("publish.log"))).isZero();
        int documents = (int) Files.list(corpus).filter(p -> p.toString().toLowerCase().endsWith(".pdf")).count();

        List<Process> workers = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            workers.add(QueueComponents.regioplan(tmp.resolve("worker-" + i + ".log"), "worker", "--queue", COMPONENTS.kafka().queue(),
                    "--index", index, "--data", shared.toString()));
        }
        Process victim = workers.getFirst();
        awaitDocuments(shared, victim.pid(), 3, Duration.ofMinutes(10));
        victim.destroyForcibly().waitFor();
        System.out.println("killed worker " + victim.pid() + " after " + doneBy(shared, victim.pid()) + " documents");

        awaitIndexed(index, documents, Duration.ofMinutes(20));
        assertThat(local.waitFor(20, TimeUnit.MINUTES)).isTrue();
        assertThat(local.exitValue()).as(log(tmp.resolve("lokaal.log"))).isZero();
        Map<String, Long> expected = expectedRecords(jar, reference);
        assertThat(expected).hasSize(documents);
        assertThat(solrRecords(index)).as("Solr records per document, against a local ingest's")
                .isEqualTo(expected);
        System.out.printf("three workers, one killed: %d documents in %.0f s%n", documents,
                (System.nanoTime() - start) / 1e9);

        // the same jobs again: skipped by their SHA-256, the collection as it was
        Process again = QueueComponents.regioplan(tmp.resolve("publish-2.log"), "ingest", corpus.toString(), "--queue",
                COMPONENTS.kafka().queue());
        assertThat(again.waitFor(2, TimeUnit.MINUTES)).isTrue();
        awaitUnchanged(shared, documents, Duration.ofMinutes(5));
        assertThat(solrRecords(index)).isEqualTo(expected);
        for (Process w : workers) {
            w.destroy();
            w.waitFor(2, TimeUnit.MINUTES);
        }
    }

    private static String log(Path file) throws Exception {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    /** What the worker of this process id has done, as its status file in the shared data folder says. */
    private static int doneBy(Path data, long pid) throws Exception {
        File[] files = data.resolve("workers").toFile().listFiles((d, n) -> n.endsWith("-" + pid + ".json"));
        if (files == null || files.length == 0) return 0;
        return JSON.readTree(files[0]).get("documents").asInt();
    }

    private static void awaitDocuments(Path data, long pid, int count, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (doneBy(data, pid) < count) {
            if (System.nanoTime() > end) throw new AssertionError("worker " + pid + " did not ingest " + count + " documents");
            Thread.sleep(200);
        }
    }

    private static void awaitIndexed(String index, int documents, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            try (SolrSearchIndex collection = SolrSearchIndex.open(SolrAddress.parse(index))) {
                if (collection.documents().size() >= documents) return;
            }
            if (System.nanoTime() > end) throw new AssertionError("not every document was indexed in " + wait);
            Thread.sleep(2000);
        }
    }

    private static void awaitUnchanged(Path data, int documents, Duration wait) throws Exception {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            int unchanged = 0;
            File[] files = data.resolve("workers").toFile().listFiles((d, n) -> n.endsWith(".json"));
            for (File f : files) unchanged += JSON.readTree(f).get("unchanged").asInt();
            if (unchanged >= documents) return;
            if (System.nanoTime() > end) throw new AssertionError("the republished jobs were not all skipped: " + unchanged);
            Thread.sleep(500);
        }
    }

    /** Per document: its own record, its passages and its targets, as the local ingest's listing counts them. */
    private static Map<String, Long> expectedRecords(Path jar, Path reference) throws Exception {
        Path out = reference.resolveSibling("documents.json");
        Process listing = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "documents", "--json", "--data", reference.toString())
                .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(listing.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Map<String, Long> counts = new TreeMap<>();
        for (JsonNode doc : JSON.readTree(out.toFile())) {
            JsonNode targets = doc.get("by_type").get("targets");
            counts.put(doc.get("doc").asText(), 1 + doc.get("passages").asLong() + (targets == null ? 0 : targets.asLong()));
        }
        return counts;
    }

    private static Map<String, Long> solrRecords(String index) throws Exception {
        SolrAddress address = SolrAddress.parse(index);
        try (CloudSolrClient client = new CloudSolrClient.Builder(address.zkHosts(), address.chroot()).build()) {
            SolrQuery query = new SolrQuery("*:*").setRows(0).setFacet(true).addFacetField("doc").setFacetLimit(-1)
                    .setFacetMinCount(1);
            Map<String, Long> counts = new TreeMap<>();
            client.query(address.collection(), query).getFacetField("doc").getValues()
                    .forEach(c -> counts.put(c.getName(), c.getCount()));
            return counts;
        }
    }
}
