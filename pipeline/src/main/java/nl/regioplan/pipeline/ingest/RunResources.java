package nl.regioplan.pipeline.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What an ingest run opened (parse workers, the index writer, fetchers, routes), closed in the reverse order of
 * opening: what was opened later may use what was opened before it until it stops. Every one is closed even when
 * another's close fails; the first failure is thrown, later ones ride on it as suppressed.
 */
public final class RunResources implements AutoCloseable {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();

    /** Takes {@code resource} (null: nothing) to close with the run, and hands it back. */
    public <T extends AutoCloseable> T add(T resource) {
        if (resource != null) opened.push(resource);
        return resource;
    }

    /** Closes what was opened so far because opening the rest failed with {@code failure}, which gets their failures. */
    public void closeAfter(Throwable failure) {
        try {
            close();
        } catch (RuntimeException | Error e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        Throwable first = null;
        while (!opened.isEmpty()) {
            try {
                opened.pop().close();
            } catch (Throwable t) {
                if (first == null) first = t;
                else first.addSuppressed(t);
            }
        }
        switch (first) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException("closing the run failed: " + first.getMessage(), first);
        }
    }
}
