package nl.regioplan.pipeline.queue;

/**
 * What a worker did with one job.
 *
 * @param failure for a quarantined job: the failure kind (CORRUPT, TOO_SLOW, UNREACHABLE, ...), else null
 * @param reason  for a quarantined job: why, in words (the quarantine's reason), else null
 */
public record JobOutcome(Kind kind, String doc, int pages, String failure, String reason) {
    public enum Kind {
        /** read, its records extracted, indexed and committed */
        INGESTED,
        /** the index holds these bytes already (a redelivered or republished job) */
        UNCHANGED,
        /** could not be ingested: now in the quarantine and on the dead-letter topic */
        QUARANTINED,
        /** the same bytes were quarantined (and dead-lettered) before: not read again */
        QUARANTINED_BEFORE
    }

    static JobOutcome ingested(String doc, int pages) {
        return new JobOutcome(Kind.INGESTED, doc, pages, null, null);
    }

    static JobOutcome unchanged(String doc) {
        return new JobOutcome(Kind.UNCHANGED, doc, 0, null, null);
    }

    static JobOutcome quarantined(String doc, String failure, String reason) {
        return new JobOutcome(Kind.QUARANTINED, doc, 0, failure, reason);
    }

    JobOutcome asBefore() {
        return new JobOutcome(Kind.QUARANTINED_BEFORE, doc, pages, failure, reason);
    }

    static JobOutcome quarantinedBefore(String doc, String failure, String reason) {
        return new JobOutcome(Kind.QUARANTINED_BEFORE, doc, 0, failure, reason);
    }
}
