package nl.regioplan.pipeline.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.regioplan.pipeline.store.DataStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one queue worker has done, kept in {@code workers/WORKER.json} of its data folder and rewritten after every
 * job, so {@code status} can say it while the worker runs and after it stopped (or was killed: the file is then
 * as of its last finished job).
 *
 * @param documents   ingested (read, indexed, committed) by this worker
 * @param unchanged   jobs whose bytes were indexed already (redelivered or republished)
 * @param quarantined jobs set aside and sent to the dead-letter topic (their reasons are in the quarantine)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkerStatus(String worker, String queue, String topic, String index, String started, String updated,
                           String stopped, int documents, long pages, int unchanged, int quarantined,
                           String lastDocument) {
    static final String FOLDER = "workers";

    static WorkerStatus starting(String worker, KafkaAddress queue, JobTopics topics, String index) {
        String now = now();
        return new WorkerStatus(worker, queue.toString(), topics.jobs(), index, now, now, null, 0, 0, 0, 0, null);
    }

    WorkerStatus after(JobOutcome outcome) {
        return switch (outcome.kind()) {
            case INGESTED -> new WorkerStatus(worker, queue, topic, index, started, now(), null, documents + 1,
                    pages + outcome.pages(), unchanged, quarantined, outcome.doc());
            case UNCHANGED -> new WorkerStatus(worker, queue, topic, index, started, now(), null, documents, pages,
                    unchanged + 1, quarantined, outcome.doc());
            case QUARANTINED, QUARANTINED_BEFORE -> new WorkerStatus(worker, queue, topic, index, started, now(), null,
                    documents, pages, unchanged, quarantined + 1, outcome.doc());
        };
    }

    WorkerStatus stoppedNow() {
        String now = now();
        return new WorkerStatus(worker, queue, topic, index, started, now, now, documents, pages, unchanged, quarantined,
                lastDocument);
    }

    void write(DataStore store) {
        try {
            Path dir = store.root().resolve(FOLDER);
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".w", ".tmp");
            DataStore.json().writeValue(tmp.toFile(), this);
            Files.move(tmp, dir.resolve(worker + ".json"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the worker status in " + store.root(), e);
        }
    }

    /** Every worker that has run on the data folder, by name. */
    public static List<WorkerStatus> all(DataStore store) {
        Path dir = store.root().resolve(FOLDER);
        if (!Files.isDirectory(dir)) return List.of();
        List<WorkerStatus> workers = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    workers.add(DataStore.json().readValue(p.toFile(), WorkerStatus.class));
                } catch (IOException e) {
                    // written by a move into place: a file that does not parse is not ours
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return workers;
    }

    /** One line for {@code status}. */
    public String line() {
        return String.format("%s on %s %s into %s: %d documents (%d pages), %d unchanged, %d quarantined; %s %s",
                worker, queue, topic, index, documents, pages, unchanged, quarantined,
                stopped != null ? "stopped" : "last seen", updated);
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
