package nl.regioplan.pipeline.queue;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.QuarantineEntry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, queue mode: {@code ingest --queue} publishes a job per document to a real KRaft broker in this JVM,
 * {@code worker} consumes them on Camel's kafka component into a data folder. The worker's data folder ends as a
 * local ingest of the same folder does (documents, pages, records per type and per document), a redelivered or
 * republished job changes nothing, and a corrupt PDF lands on the dead-letter topic and in the quarantine with
 * its reason while the good documents beside it are ingested.
 */
class QueueIngestTest {
    private static LocalKafka kafka;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBroker() throws Exception {
        kafka = LocalKafka.start();
    }

    @AfterAll
    static void stopBroker() throws Exception {
        if (kafka != null) kafka.close();
    }

    @Test
    void aWorkerIngestsWhatALocalIngestDoesAndARedeliveredJobChangesNothing() throws Exception {
        Path corpus = tmp.resolve("gedeeld");
        SampleCorpus.write(corpus);
        Files.deleteIfExists(corpus.resolve(SampleCorpus.MANIFEST));
        Path local = tmp.resolve("lokaal");
        Path queued = tmp.resolve("wachtrij");
        String topic = "sample-jobs";

        CommandRun ingest = CommandRun.of("ingest", corpus.toString(), "--data", local.toString());
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();

        CommandRun publish = CommandRun.of("ingest", corpus.toString(), "--queue", kafka.queue(), "--topic", topic);
        assertThat(publish.exitCode()).as(publish.err()).isZero();
        int documents = SampleCorpus.documents().size();
        assertThat(publish.text()).startsWith("published " + documents + " jobs to " + topic);
        List<ConsumerRecord<String, String>> jobs = kafka.messages(topic, documents, Duration.ofSeconds(30));
        assertThat(jobs).hasSize(documents);
        for (ConsumerRecord<String, String> message : jobs) {
            IngestJob job = IngestJob.fromJson(message.value());
            assertThat(message.key()).isEqualTo(job.doc());
            assertThat(Path.of(job.source())).isAbsolute().startsWith(corpus);
            assertThat(job.sha256()).hasSize(64);
            assertThat(message.value().length()).as("a reference, not the PDF").isLessThan(2000);
        }

        CommandRun worker = work(queued, topic, "regioplan-workers");
        assertThat(worker.exitCode()).as(worker.err()).isZero();
        assertThat(worker.text()).contains(documents + " documents ingested", "0 quarantined");
        assertSameContents(queued, local);

        JsonNode status = CommandRun.json("status", "--json", "--data", queued.toString());
        assertThat(status.get("workers")).hasSize(1);
        assertThat(status.get("workers").get(0).get("documents").asInt()).isEqualTo(documents);
        CommandRun statusText = CommandRun.of("status", "--data", queued.toString());
        assertThat(statusText.text()).contains("workers:     1", documents + " documents (");

        // every job again, to a group that has committed nothing: what a worker killed before its commits gets
        CommandRun redelivered = work(queued, topic, "another-group");
        assertThat(redelivered.exitCode()).as(redelivered.err()).isZero();
        assertThat(redelivered.text()).contains("0 documents ingested", documents + " unchanged");
        // the same jobs published once more, to the first group: skipped by their SHA-256 before any read
        assertThat(CommandRun.of("ingest", corpus.toString(), "--queue", kafka.queue(), "--topic", topic).exitCode())
                .isZero();
        CommandRun republished = work(queued, topic, "regioplan-workers");
        assertThat(republished.text()).contains("0 documents ingested", documents + " unchanged");
        assertSameContents(queued, local);
    }

    @Test
    void aCorruptPdfGoesToTheDeadLetterTopicAndTheQuarantineWithItsReason() throws Exception {
        Path corpus = tmp.resolve("gedeeld");
        SampleCorpus.write(corpus);
        Files.deleteIfExists(corpus.resolve(SampleCorpus.MANIFEST));
        Path good = corpus.resolve(SampleCorpus.documents().getFirst().pdfFileName());
        byte[] bytes = Files.readAllBytes(good);
        Files.write(corpus.resolve("afgebroken.pdf"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Path queued = tmp.resolve("wachtrij");
        String topic = "poison-jobs";

        assertThat(CommandRun.of("ingest", corpus.toString(), "--queue", kafka.queue(), "--topic", topic).exitCode())
                .isZero();
        CommandRun worker = work(queued, topic, "regioplan-workers");
        assertThat(worker.exitCode()).as(worker.err()).isZero();
        int documents = SampleCorpus.documents().size();
        assertThat(worker.text()).contains(documents + " documents ingested", "1 quarantined");

        List<ConsumerRecord<String, String>> dead = kafka.messages(topic + "-dead-letter", 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        DeadLetter letter = DeadLetter.fromJson(dead.getFirst().value());
        assertThat(dead.getFirst().key()).isEqualTo("afgebroken");
        assertThat(letter.job().source()).endsWith("afgebroken.pdf");
        assertThat(letter.failure()).isEqualTo("CORRUPT");
        QuarantineEntry quarantined = new DataStore(queued).quarantineEntry("afgebroken.pdf").orElseThrow();
        assertThat(letter.reason()).isEqualTo(quarantined.reason()).isNotBlank().doesNotContain("Exception");
        assertThat(Files.exists(queued.resolve("quarantine/afgebroken.pdf"))).isTrue();

        // redelivered, the poison job is not read again and sends no second dead letter
        CommandRun again = work(queued, topic, "another-group");
        assertThat(again.text()).contains("0 documents ingested", documents + " unchanged", "1 quarantined");
        assertThat(kafka.messages(topic + "-dead-letter", 2, Duration.ofSeconds(3))).hasSize(1);
    }

    /**
     * A PDF that takes longer to read than the parse budget (thousands of pages under a 15 s --parse-timeout),
     * published first on a one-partition topic so the good jobs come after it: it goes to the dead-letter topic as
     * TOO_SLOW with the budget in its reason, and the worker goes on to ingest every job behind it.
     */
    @Test
    void aPdfOverTheParseTimeBudgetIsDeadLetteredAndTheWorkerGoesOnWithTheNextJobs() throws Exception {
        Path slow = Files.createDirectories(tmp.resolve("traag"));
        Path thick = thousandsOfPages(slow.resolve("dik-rapport.pdf"), 4000);
        Path corpus = tmp.resolve("gedeeld");
        SampleCorpus.write(corpus);
        Files.deleteIfExists(corpus.resolve(SampleCorpus.MANIFEST));
        Path queued = tmp.resolve("wachtrij");
        String topic = "slow-jobs";
        for (Path folder : List.of(slow, corpus)) {
            CommandRun publish = CommandRun.of("ingest", folder.toString(), "--queue", kafka.queue(), "--topic", topic,
                    "--partitions", "1");
            assertThat(publish.exitCode()).as(publish.err()).isZero();
        }

        CommandRun worker = work(queued, topic, "regioplan-workers", "--parse-timeout", "15");
        assertThat(worker.exitCode()).as(worker.err()).isZero();
        assertThat(worker.text()).contains(SampleCorpus.documents().size() + " documents ingested", "1 quarantined");

        DeadLetter letter = theOnlyDeadLetter(topic);
        assertThat(letter.job().source()).isEqualTo(thick.toAbsolutePath().normalize().toString());
        assertThat(letter.failure()).isEqualTo("TOO_SLOW");
        assertThat(letter.reason()).contains("longer than 15 s", "--parse-timeout").doesNotContain("Exception");
        assertThat(new DataStore(queued).quarantineEntry("dik-rapport.pdf").orElseThrow().failure()).isEqualTo("TOO_SLOW");
    }

    /** A real PDF of many pages of plain text: harmless, only slow to read. */
    private static Path thousandsOfPages(Path file, int pages) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument pdf = new org.apache.pdfbox.pdmodel.PDDocument()) {
            var font = new org.apache.pdfbox.pdmodel.font.PDType1Font(
                    org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
            for (int i = 1; i <= pages; i++) {
                var page = new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4);
                pdf.addPage(page);
                try (var out = new org.apache.pdfbox.pdmodel.PDPageContentStream(pdf, page)) {
                    out.beginText();
                    out.setFont(font, 11);
                    out.setLeading(15);
                    out.newLineAtOffset(60, 780);
                    for (int line = 0; line < 30; line++) {
                        out.showText("Pagina " + i + ", regel " + line + ": de gemeente werkt samen met zorgaanbieders in de regio.");
                        out.newLine();
                    }
                    out.endText();
                }
            }
            pdf.save(file.toFile());
        }
        return file;
    }

    private CommandRun work(Path data, String topic, String group, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("worker", "--queue", kafka.queue(), "--topic", topic,
                "--group", group, "--data", data.toString(), "--exit-when-idle", "6"));
        args.addAll(List.of(options));
        return CommandRun.of(args.toArray(String[]::new));
    }

    private DeadLetter theOnlyDeadLetter(String topic) {
        List<ConsumerRecord<String, String>> dead = kafka.messages(topic + "-dead-letter", 1, Duration.ofSeconds(30));
        assertThat(dead).hasSize(1);
        return DeadLetter.fromJson(dead.getFirst().value());
    }

    /** Documents, pages and records per type equal, and each document's record counts. */
    private static void assertSameContents(Path queued, Path local) throws Exception {
        JsonNode a = CommandRun.json("status", "--json", "--data", queued.toString());
        JsonNode b = CommandRun.json("status", "--json", "--data", local.toString());
        for (String field : List.of("documents", "pages", "records", "quarantined")) {
            assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
        }
        assertThat(perDocument(queued)).isEqualTo(perDocument(local));
    }

    private static Map<String, String> perDocument(Path data) throws Exception {
        Map<String, String> counts = new TreeMap<>();
        for (JsonNode doc : CommandRun.json("documents", "--json", "--data", data.toString())) {
            JsonNode copy = doc.deepCopy();
            ((com.fasterxml.jackson.databind.node.ObjectNode) copy).remove(List.of("ingested", "source"));
            counts.put(doc.get("doc").asText(), copy.toString());
        }
        return counts;
    }
}
