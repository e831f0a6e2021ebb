package nl.regioplan.pipeline.store;

/** A file set aside with the reason it could not be ingested. */
public record QuarantineEntry(String file, String reason, String failure, String source, String at) {
}
