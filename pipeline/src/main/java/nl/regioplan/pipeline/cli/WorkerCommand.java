package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.queue.JobTopics;
import nl.regioplan.pipeline.queue.KafkaAddress;
import nl.regioplan.pipeline.queue.QueueWorker;
import nl.regioplan.pipeline.queue.WorkerSettings;
import nl.regioplan.pipeline.queue.WorkerStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.concurrent.Callable;

@Command(name = "worker", description = {
        "Ingest the jobs that `ingest --queue` published: each PDF is pulled from its source (a shared folder or"
                + " http), read, its records extracted and indexed as a local ingest does.",
        "Start as many workers as there are machines and cores to spare, all with the same --queue and --topic;"
                + " each job goes to one of them. A job is acknowledged only once its document is in the index,"
                + " so a worker that dies loses nothing: its jobs go to the others.",
        "A document that cannot be ingested is quarantined with its reason and sent to the dead-letter topic"
                + " (TOPIC-dead-letter). Ctrl-C or SIGTERM finishes the job in hand and stops."})
final class WorkerCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--queue", required = true, paramLabel = "kafka://HOST:PORT",
            description = "The Kafka brokers (several separated by commas).")
    String queue;

    @Option(names = "--index", paramLabel = "solr://ZKHOST:PORT/COLLECTION", description = "Index into this SolrCloud"
            + " collection, shared by every worker (created with the project's schema when missing); default: the"
            + " data folder's own index, which takes one worker.")
    String index;

    @Option(names = "--topic", paramLabel = "NAME", description = "The job topic (default: " + JobTopics.DEFAULT + ").")
    String topic = JobTopics.DEFAULT;

    @Option(names = "--group", paramLabel = "NAME", description = "The consumer group the workers share (default: "
            + WorkerSettings.DEFAULT_GROUP + ").")
    String group = WorkerSettings.DEFAULT_GROUP;

    @Option(names = "--threads", paramLabel = "N", description = "Jobs worked on at once (default: 1; one worker per"
            + " core does the same with a process each).")
    int threads = 1;

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--exit-when-idle", paramLabel = "SECONDS", description = "Stop after this long without a job"
            + " (a batch run that drains the queue; default: run until stopped).")
    Long exitWhenIdleSeconds;

    @Override
    public Integer call() throws Exception {
        WorkerSettings settings = new WorkerSettings(KafkaAddress.parse(queue), new JobTopics(topic), group, threads,
                budgets.parseBudget(), budgets.fetchPolicy(), index,
                exitWhenIdleSeconds == null ? null : Duration.ofSeconds(exitWhenIdleSeconds));
        try (QueueWorker worker = QueueWorker.start(data.store(), settings)) {
            Thread stop = new Thread(worker::close, "regioplan-worker-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            System.err.println("regioplan worker " + worker.status().worker() + ": consuming " + topic + " on " + queue
                    + " into " + data.store().root() + " (Ctrl-C stops)");
            worker.awaitStop();
            try {
                Runtime.getRuntime().removeShutdownHook(stop);
            } catch (IllegalStateException shuttingDown) {
                // the hook is closing the worker
            }
            WorkerStatus done = worker.status();
            System.out.printf("worker %s: %d documents ingested (%d pages), %d unchanged, %d quarantined%n",
                    done.worker(), done.documents(), done.pages(), done.unchanged(), done.quarantined());
            return 0;
        }
    }
}
