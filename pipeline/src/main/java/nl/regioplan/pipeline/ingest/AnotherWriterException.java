package nl.regioplan.pipeline.ingest;

import java.nio.file.Path;

/** Another ingest (or remove) holds the data folder's index: this run is refused before it touches anything. */
public final class AnotherWriterException extends IllegalStateException {
    public AnotherWriterException(Path dataFolder, Throwable cause) {
        super("another regioplan ingest is writing to " + dataFolder + "; wait for it or stop it", cause);
    }
}
