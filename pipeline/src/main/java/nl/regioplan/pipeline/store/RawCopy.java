package nl.regioplan.pipeline.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An incoming PDF copied beside its place in raw/ and hashed on the way, so an ingest reads the incoming bytes once.
 * {@link #keep} puts it in place (the parse then reads it there); {@link #discard} drops it (an unchanged document,
 * one set aside before, a failure).
 *
 * @param staged the copy beside raw/, or null when the bytes were in place already
 * @param sha256 hex SHA-256 of the copied bytes
 */
public record RawCopy(Path staged, Path target, String sha256) {
    /** The bytes are in place already (an unchanged file): nothing was staged, nothing to keep or drop. */
    static RawCopy inPlace(Path target, String sha256) {
        return new RawCopy(null, target, sha256);
    }

    public void keep() {
        if (staged == null) return;
        try {
            DataStore.moveIntoPlace(staged, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + target.getFileName() + " in " + target.getParent(), e);
        }
    }

    /** Nothing to do after {@link #keep}: the staged file is the kept one then. */
    public void discard() {
        if (staged == null) return;
        try {
            Files.deleteIfExists(staged);
        } catch (IOException e) {
            // a stray .tmp in raw/ costs disk space, not correctness: nothing reads .tmp files
        }
    }
}
