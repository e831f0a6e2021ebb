package nl.regioplan.pipeline.queue;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.corpus.manifest.ManifestReader;
import nl.regioplan.pipeline.source.FetchPolicy;
import nl.regioplan.pipeline.source.FolderSource;
import nl.regioplan.pipeline.source.ManifestPaths;
import nl.regioplan.pipeline.source.ManifestSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code ingest PATH... [--manifest FILE] --queue kafka://...}: the jobs of what a local ingest would read. */
public final class JobPublishing {
    public static final int DEFAULT_PARTITIONS = TopicSetup.DEFAULT_PARTITIONS;

    private JobPublishing() {
    }

    /** @return the command's exit code: 0 when every job is on the queue */
    public static int publish(KafkaAddress queue, JobTopics topics, int partitions, List<Path> paths, Path manifest,
                              ManifestPaths manifestPaths) throws Exception {
        if (partitions < 1) throw new IllegalArgumentException("--partitions takes a number above 0");
        List<IngestJob> jobs = jobs(paths, manifest, manifestPaths);
        try (JobPublisher publisher = new JobPublisher(queue, topics, partitions)) {
            publisher.publish(jobs);
        }
        System.out.println("published " + jobs.size() + " jobs to " + topics.jobs() + " on " + queue
                + " (start `regioplan worker --queue " + queue + "` to ingest them)");
        return 0;
    }

    /** The same files and entries a local ingest of these arguments reads, with the same names skipped. */
    public static List<IngestJob> jobs(List<Path> paths, Path manifest, ManifestPaths manifestPaths) throws Exception {
        FolderSource.Scan scan = FolderSource.scan(paths);
        scan.skippedLines().forEach(line -> System.err.println("regioplan: " + line));
        List<IngestJob> jobs = new ArrayList<>(JobPublisher.jobsOfFiles(scan.documents()));
        if (manifest != null) {
            List<ManifestEntry> entries = ManifestReader.read(manifest);
            // only local entries go through the source, and those are never downloaded: the folder stays unmade
            Path neverUsed = manifest.toAbsolutePath().getParent().resolve("downloads");
            try (ManifestSource source = new ManifestSource(manifest, neverUsed, FetchPolicy.defaults(), manifestPaths)) {
                jobs.addAll(JobPublisher.jobsOfManifest(entries, source));
            }
        }
        if (jobs.isEmpty()) throw new IllegalArgumentException("nothing to publish: no PDF files in " + paths);
        return jobs;
    }
}
