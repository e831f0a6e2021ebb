package nl.regioplan.pipeline.queue;

import java.util.regex.Pattern;

/**
 * The topics of one queue: jobs, and the dead letters of documents that could not be ingested (with their
 * reason), which are also in the quarantine of the worker that tried them.
 */
public record JobTopics(String jobs) {
    public static final String DEFAULT = "regioplan-jobs";
    /** Kafka's own rule for topic names; '.' is left out: Kafka warns it collides with '_' in metric names. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    public JobTopics {
        if (jobs == null || !NAME.matcher(jobs).matches()) {
            throw new IllegalArgumentException("--topic takes letters, digits, '-' and '_' (at most 200), not '" + jobs + "'");
        }
    }

    public String deadLetter() {
        return jobs + "-dead-letter";
    }
}
