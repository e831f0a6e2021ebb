package nl.regioplan.pipeline.store;

/**
 * A file set aside with the reason it could not be ingested.
 *
 * @param sha256 the SHA-256 of the file's bytes when they were read, else null; a file that passed a parse
 *               budget is not read again while its bytes are the same
 */
public record QuarantineEntry(String file, String reason, String failure, String source, String at, String sha256) {
    public QuarantineEntry(String file, String reason, String failure, String source, String at) {
        this(file, reason, failure, source, at, null);
    }
}
