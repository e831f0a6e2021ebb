package nl.regioplan.pipeline.queue;

import nl.regioplan.extractors.fork.ParseBudget;
import nl.regioplan.pipeline.source.FetchPolicy;

import java.time.Duration;

/**
 * How one queue worker runs: what {@code regioplan worker} was given (its options hold the defaults).
 *
 * @param group     the consumer group: workers of one group share the jobs, each job goes to one of them
 * @param threads   jobs worked on at once (each its own consumer of the group, and its own parse process)
 * @param index     solr://ZKHOST/COLLECTION, or null for the data folder's own index
 * @param exitIdle  stop after this long without a job (a batch run that drains the queue), or null: run until
 *                  stopped
 */
public record WorkerSettings(KafkaAddress queue, JobTopics topics, String group, int threads, ParseBudget parseBudget,
                             FetchPolicy fetchPolicy, String index, Duration exitIdle) {
    public static final String DEFAULT_GROUP = "regioplan-workers";
    /** A killed worker's partitions go to the others after this; heartbeats run beside a long parse. */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    public WorkerSettings {
        threads = Math.max(1, threads);
    }

    /**
     * The longest a job may hold its consumer between two polls: the download deadline, the parse budget and time
     * for the records and the index commit. One record per poll, so a slow PDF costs its own time only and never
     * makes the group think the worker died (a rebalance would hand its partition to another worker mid-parse).
     */
    Duration maxPollInterval() {
        return fetchPolicy.deadline().plus(parseBudget.timeout()).plus(Duration.ofMinutes(5));
    }
}
