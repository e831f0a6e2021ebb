package nl.regioplan.index.write;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another PlanIndex in this one) holds the index's write lock. */
public final class IndexLockedException extends IOException {
    public IndexLockedException(Path location, Throwable cause) {
        super("another regioplan ingest is writing to " + location + " (it holds " + location.resolve("write.lock")
                + "); wait for it to finish or stop it. Searching works meanwhile.", cause);
    }
}
