package nl.regioplan.pipeline.queue;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.source.FetchException;
import nl.regioplan.pipeline.source.ManifestSource;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code ingest --queue}: one job per document on the job topic, keyed by document id, sent through a Camel kafka
 * route and acknowledged by every in-sync replica before the next; the PDFs stay where they are.
 */
public final class JobPublisher implements AutoCloseable {
    static final String PUBLISH = "direct:publish-job";

    private final CamelContext camel;
    private final ProducerTemplate producer;

    public JobPublisher(KafkaAddress queue, JobTopics topics, int partitions) throws Exception {
        TopicSetup.ensure(queue, topics, partitions);
        camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(10);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(PUBLISH).routeId("publish-job")
                        .toF("kafka:%s?brokers=%s&requestRequiredAcks=all&enableIdempotence=true",
                                topics.jobs(), queue.bootstrapServers());
            }
        });
        camel.start();
        producer = camel.createProducerTemplate();
    }

    /** Publishes the jobs in order; returns when the queue holds every one of them. */
    public void publish(List<IngestJob> jobs) {
        for (IngestJob job : jobs) producer.sendBodyAndHeader(PUBLISH, job.toJson(), KafkaConstants.KEY, job.doc());
    }

    /** Jobs for local files: each file is read once, for its SHA-256, so a worker can skip what is indexed already. */
    public static List<IngestJob> jobsOfFiles(List<IncomingDocument> documents) {
        List<IngestJob> jobs = new ArrayList<>();
        for (IncomingDocument in : documents) jobs.add(IngestJob.ofFile(in, sha256(in.file())));
        return jobs;
    }

    /**
     * Jobs for a manifest's entries: a URL stays a URL for the worker to download (its hash is known only then), a
     * local path is resolved against the manifest's folder under the same rules as a local ingest.
     */
    public static List<IngestJob> jobsOfManifest(List<ManifestEntry> entries, ManifestSource source)
            throws IOException, FetchException, InterruptedException {
        List<IngestJob> jobs = new ArrayList<>();
        for (ManifestEntry e : entries) {
            if (e.remote()) {
                jobs.add(new IngestJob(e.id(), e.url().strip(), null, e.region(), e.title(), e.type(), null, null));
            } else {
                IncomingDocument local = source.fetch(e);
                jobs.add(IngestJob.ofFile(local, sha256(local.file())));
            }
        }
        return jobs;
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            byte[] buffer = new byte[1 << 16];
            while (in.read(buffer) >= 0) {
                // the digest reads along
            }
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            producer.close();
        } catch (IOException e) {
            // nothing is pending: every send above waited for its acknowledgement
        }
        camel.stop();
    }
}
