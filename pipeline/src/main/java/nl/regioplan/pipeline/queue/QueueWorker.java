package nl.regioplan.pipeline.queue;

import nl.regioplan.index.IndexUnavailableException;
import nl.regioplan.pipeline.ingest.DocumentIndexer;
import nl.regioplan.pipeline.ingest.DocumentIngester;
import nl.regioplan.pipeline.ingest.DocumentRemoval;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestProgress;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.ingest.PipelineComponents;
import nl.regioplan.pipeline.ingest.RunResources;
import nl.regioplan.pipeline.store.DataStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.impl.DefaultCamelContext;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code regioplan worker}: consumes jobs from the queue on Camel's kafka component and ingests each through the
 * same steps as a local ingest into the data folder's index.
 * <pre>
 *   kafka:JOBS (group, one record per poll, no auto commit)
 *     -> fetch (shared folder or http) -> identify -> raw -> text -> records -> index + catalog -> index commit
 *     -> failed on its own? dead-letter topic (job, failure, reason), then the quarantine
 *     -> commit the job's offset
 * </pre>
 * At-least-once delivery made exactly-once in effect: the offset is committed only once the document is durable
 * (its index commit and catalog entry) or durably set aside (dead letter acknowledged, quarantine written). A
 * worker killed before that gets the job again, or another worker does, and the SHA-256 check skips what the
 * killed worker finished but had not acknowledged. An error that is not the document's (the index cannot commit)
 * commits nothing and stops at that job, which is tried again.
 */
public final class QueueWorker implements AutoCloseable {
    static final String DEAD_LETTER = "direct:dead-letter";
    /** Well inside the 5 minutes {@link WorkerSettings#maxPollInterval} leaves beyond the fetch and the parse. */
    static final Duration INDEX_RETRY_WINDOW = Duration.ofMinutes(2);

    private final DataStore store;
    private final WorkerSettings settings;
    private final PipelineComponents components;
    private final IndexSink sink;
    private final JobSource source;
    private final JobIngest jobs;
    private final IndexOutage outage;
    private final CamelContext camel;
    private ProducerTemplate deadLetters;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicLong lastActivity = new AtomicLong(System.nanoTime());
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile WorkerStatus status;

    private QueueWorker(DataStore store, WorkerSettings settings, PipelineComponents components, IndexSink sink)
            throws Exception {
        this.store = store;
        this.settings = settings;
        this.components = components;
        this.sink = sink;
        DocumentIndexer indexer = sink.indexer();
        if (settings.index() == null) new DocumentRemoval(store, indexer).completeInterrupted();
        this.source = new JobSource(store.root().resolve("downloads"), settings.fetchPolicy());
        DocumentIngester ingester = new DocumentIngester(store, components, indexer, new IngestTally(),
                new LinePerDocument(System.err));
        this.jobs = new JobIngest(store, ingester, source, sink.lookup());
        this.outage = new IndexOutage(sink.address(), System.err);
        String name = workerName();
        this.status = WorkerStatus.starting(name, settings.queue(), settings.topics(), sink.address());
        status.write(store);
        TopicSetup.ensure(settings.queue(), settings.topics(), TopicSetup.DEFAULT_PARTITIONS);
        this.camel = new DefaultCamelContext();
        camel.getShutdownStrategy().setTimeout(settings.parseBudget().timeout().toSeconds() + 30);
        camel.addRoutes(routes(name));
    }

    /**
     * Opens the index sink (the data folder's own index with its write lock held: one worker or ingest per data
     * folder; or a SolrCloud collection shared by every worker) and starts consuming.
     */
    public static QueueWorker start(DataStore store, WorkerSettings settings) throws Exception {
        RunResources opened = new RunResources();
        try {
            PipelineComponents components = opened.add(PipelineComponents.forIngest(settings.parseBudget(), settings.threads()));
            IndexSink sink = IndexSink.open(settings.index(), store, components);
            opened.add(sink.indexer());
            QueueWorker worker = new QueueWorker(store, settings, components, sink);
            worker.camel.start();
            return worker;
        } catch (Exception | Error e) {
            opened.closeAfter(e);
            throw e;
        }
    }

    private RouteBuilder routes(String name) {
        KafkaAddress queue = settings.queue();
        JobTopics topics = settings.topics();
        return new RouteBuilder() {
            @Override
            public void configure() {
                fromF("kafka:%s?brokers=%s&groupId=%s&clientId=%s&autoOffsetReset=earliest&autoCommitEnable=false"
                                + "&allowManualCommit=true&breakOnFirstError=true&maxPollRecords=1&maxPollIntervalMs=%d"
                                + "&sessionTimeoutMs=%d&heartbeatIntervalMs=%d&consumersCount=%d",
                        topics.jobs(), queue.bootstrapServers(), settings.group(), name,
                        settings.maxPollInterval().toMillis(), WorkerSettings.SESSION_TIMEOUT.toMillis(),
                        WorkerSettings.SESSION_TIMEOUT.toMillis() / 3, settings.threads())
                        .routeId("worker")
                        .process(QueueWorker.this::work);

                from(DEAD_LETTER).routeId("dead-letter")
                        .toF("kafka:%s?brokers=%s&requestRequiredAcks=all&enableIdempotence=true",
                                topics.deadLetter(), queue.bootstrapServers());
            }
        };
    }

    private void work(Exchange exchange) throws Exception {
        inFlight.incrementAndGet();
        try {
            String body = exchange.getMessage().getBody(String.class);
            JobOutcome outcome;
            IngestJob job = null;
            try {
                job = IngestJob.fromJson(body);
                outcome = ingestWhenTheIndexAnswers(job);
            } catch (IllegalArgumentException notAJob) {
                String key = exchange.getMessage().getHeader(KafkaConstants.KEY, String.class);
                outcome = JobOutcome.quarantined(key, "NOT_A_JOB", notAJob.getMessage());
            }
            if (outcome.kind() == JobOutcome.Kind.QUARANTINED) {
                // acknowledged by the brokers before the offset moves on: a dead letter is never lost
                DeadLetter letter = DeadLetter.of(job, body, outcome, status.worker());
                deadLetters().sendBodyAndHeader(DEAD_LETTER, letter.toJson(), KafkaConstants.KEY, outcome.doc());
            }
            record(outcome);
            KafkaManualCommit commit = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
            if (commit != null) commit.commit();
        } finally {
            lastActivity.set(System.nanoTime());
            inFlight.decrementAndGet();
        }
    }

    /**
     * The job, tried again while its index is down, for at most {@link #INDEX_RETRY_WINDOW}: then the failure goes
     * to Camel, which commits nothing and polls the same job again (holding one poll longer would make the group
     * take this worker's partitions away). Nothing is dead-lettered for it: the document is not at fault.
     */
    private JobOutcome ingestWhenTheIndexAnswers(IngestJob job) throws InterruptedException {
        long end = System.nanoTime() + INDEX_RETRY_WINDOW.toNanos();
        while (true) {
            try {
                JobOutcome outcome = jobs.ingest(job);
                outage.answered();
                return outcome;
            } catch (RuntimeException e) {
                if (!IndexUnavailableException.causedIt(e) || System.nanoTime() > end) throw e;
                outage.waitAfter(e);
            }
        }
    }

    /** Made at the first dead letter, on the started context, and kept: most runs send none. */
    private synchronized ProducerTemplate deadLetters() {
        if (deadLetters == null) deadLetters = camel.createProducerTemplate();
        return deadLetters;
    }

    private synchronized void record(JobOutcome outcome) {
        status = status.after(outcome);
        status.write(store);
    }

    public WorkerStatus status() {
        return status;
    }

    /**
     * Returns when the JVM is asked to stop, or when no job has come for {@link WorkerSettings#exitIdle} (a batch
     * run that drains the queue).
     */
    public void awaitStop() throws InterruptedException {
        Duration idle = settings.exitIdle();
        if (idle == null) {
            stopped.await();
            return;
        }
        while (!stopped.await(500, TimeUnit.MILLISECONDS)) {
            long quiet = System.nanoTime() - lastActivity.get();
            if (inFlight.get() == 0 && quiet > idle.toNanos()) return;
        }
    }

    /** Stops consuming (the job in hand is finished first), commits and closes the index. */
    @Override
    public void close() {
        try {
            camel.stop();
        } finally {
            try {
                source.close();
                sink.indexer().close();
            } finally {
                components.close();
                synchronized (this) {
                    status = status.stoppedNow();
                    status.write(store);
                }
                stopped.countDown();
            }
        }
    }

    /** host-pid: unique among the workers of a group, and what the group's member list shows. */
    private static String workerName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "worker";
        }
        return host.replaceAll("[^A-Za-z0-9.-]", "-") + "-" + ManagementFactory.getRuntimeMXBean().getPid();
    }

    /** One line per job on standard error: a worker runs for long and its log is read afterwards. */
    private record LinePerDocument(PrintStream err) implements IngestProgress {
        @Override
        public void documentDone(IncomingDocument document, int pages) {
            err.println("regioplan worker: ingested " + document.fileName() + " (" + pages + " pages)");
        }

        @Override
        public void documentSkipped(IncomingDocument document) {
            err.println("regioplan worker: unchanged " + document.fileName());
        }

        @Override
        public void documentFailed(IncomingDocument document, String reason) {
            err.println("regioplan worker: quarantined " + document.fileName() + ": " + reason);
        }
    }
}
