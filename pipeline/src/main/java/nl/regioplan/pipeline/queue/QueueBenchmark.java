package nl.regioplan.pipeline.queue;

import nl.regioplan.pipeline.store.DataStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@code bench ingest PATH --queue kafka://... --workers 1,2,3}: for each worker count, a fresh topic gets the jobs of
 * PATH and that many worker JVMs (started as a user starts them, one parse thread each) drain it; pages/s is the
 * corpus's pages over the time from publishing to the last document done. The workers have started and joined
 * their group before the clock starts, so the figure is throughput, not start-up; each worker's first document
 * still pays for its parse process and the target classifier (seconds, once per worker).
 *
 * <p>Each worker writes its own scratch data folder: the embedded Lucene index takes one writer, so workers that
 * share an index need a shared sink (SolrCloud). The parse and record stages, which are the cost, are the same.
 */
public final class QueueBenchmark {
    private final PrintStream out;
    /** The command line whose {@code worker} command the benchmark starts, each in a JVM of its own. */
    private final Class<?> launcher;

    public QueueBenchmark(PrintStream out, Class<?> launcher) {
        this.out = out;
        this.launcher = launcher;
    }

    public void run(List<Path> paths, KafkaAddress queue, List<Integer> workerCounts) throws Exception {
        List<IngestJob> jobs = JobPublishing.jobs(paths, null, nl.regioplan.pipeline.source.ManifestPaths.INSIDE_MANIFEST_FOLDER);
        out.printf("queue bench: %d documents, %d cores on this machine, %s%n", jobs.size(),
                Runtime.getRuntime().availableProcessors(), queue);
        Path scratch = Files.createTempDirectory("regioplan-queue-bench");
        try {
            for (int n : workerCounts) runOnce(jobs, queue, n, scratch.resolve("workers-" + n));
        } finally {
            deleteTree(scratch);
        }
    }

    private void runOnce(List<IngestJob> jobs, KafkaAddress queue, int workers, Path folder) throws Exception {
        JobTopics topics = new JobTopics("regioplan-bench-" + System.currentTimeMillis() + "-" + workers);
        String group = topics.jobs();
        TopicSetup.ensure(queue, topics, TopicSetup.DEFAULT_PARTITIONS);
        List<Process> processes = new ArrayList<>();
        List<DataStore> stores = new ArrayList<>();
        try {
            for (int i = 1; i <= workers; i++) {
                DataStore store = new DataStore(folder.resolve("w" + i));
                stores.add(store);
                processes.add(worker(queue, topics, group, store.root()));
            }
            awaitMembers(queue, group, workers, processes);
            long start = System.nanoTime();
            try (JobPublisher publisher = new JobPublisher(queue, topics, TopicSetup.DEFAULT_PARTITIONS)) {
                publisher.publish(jobs);
            }
            long pages = 0;
            int done = 0;
            while (done < jobs.size()) {
                for (Process p : processes) {
                    if (!p.isAlive()) throw new IllegalStateException("a bench worker stopped: exit " + p.exitValue());
                }
                Thread.sleep(200);
                pages = 0;
                done = 0;
                for (DataStore store : stores) {
                    for (WorkerStatus w : WorkerStatus.all(store)) {
                        pages += w.pages();
                        done += w.documents() + w.unchanged() + w.quarantined();
                    }
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf("workers %d: %d documents, %d pages in %.1f s = %.1f pages/s%n", workers, done, pages, seconds,
                    pages / seconds);
        } finally {
            for (Process p : processes) p.destroy();
            for (Process p : processes) {
                if (!p.waitFor(60, TimeUnit.SECONDS)) p.destroyForcibly();
            }
        }
    }

    private Process worker(KafkaAddress queue, JobTopics topics, String group, Path data) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Files.createDirectories(data);
        return new ProcessBuilder(java.toString(), "-Xmx1g", "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), launcher.getName(),
                "worker", "--queue", queue.toString(), "--topic", topics.jobs(), "--group", group,
                "--data", data.toString(), "--threads", "1")
                .redirectErrorStream(true)
                .redirectOutput(data.resolve("worker.log").toFile())
                .start();
    }

    private static void awaitMembers(KafkaAddress queue, String group, int count, List<Process> processes)
            throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, queue.bootstrapServers()))) {
            long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (System.nanoTime() < end) {
                for (Process p : processes) {
                    if (!p.isAlive()) throw new IllegalStateException("a bench worker stopped: exit " + p.exitValue());
                }
                ConsumerGroupDescription d = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
                if (d != null && d.members().size() == count) return;
                Thread.sleep(250);
            }
            throw new IllegalStateException("the " + count + " bench workers did not join group " + group + " in 2 minutes");
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
