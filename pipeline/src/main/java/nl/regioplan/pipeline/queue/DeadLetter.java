package nl.regioplan.pipeline.queue;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A job that could not be ingested, on the dead-letter topic with why: the job as it came (or its text when it
 * was not a job), the failure kind and reason the quarantine also holds, and which worker tried it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadLetter(String doc, IngestJob job, String message, String failure, String reason, String worker,
                         String at) {
    static DeadLetter of(IngestJob job, String message, JobOutcome outcome, String worker) {
        return new DeadLetter(outcome.doc(), job, job == null ? message : null, outcome.failure(), outcome.reason(),
                worker, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    public String toJson() {
        return MessageJson.write(this);
    }

    public static DeadLetter fromJson(String json) {
        return MessageJson.read(json, DeadLetter.class, e -> "not a dead letter: " + json);
    }
}
