package nl.regioplan.pipeline.cli;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.corpus.manifest.ManifestReader;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.queue.JobPublishing;
import nl.regioplan.pipeline.queue.JobTopics;
import nl.regioplan.pipeline.queue.KafkaAddress;
import nl.regioplan.pipeline.route.IngestSettings;
import nl.regioplan.pipeline.route.Ingestion;
import nl.regioplan.pipeline.source.ManifestPaths;
import nl.regioplan.pipeline.source.FolderSource;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "ingest", description = {
        "Ingest PDFs from files, folders or a manifest of URLs into text, records and the index.",
        "Unchanged files are skipped; bad files are quarantined with a reason and the run goes on.",
        "Files in the folders that are not PDFs are named and skipped. Exit code 0 unless nothing could be ingested.",
        "Only one ingest writes to a data folder at a time; a second one is refused. Ctrl-C keeps the"
                + " documents done so far, and the same command again finishes the rest."})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDF files or folders of PDFs.")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--manifest", paramLabel = "FILE.csv",
            description = "CSV of documents to fetch: id,url,region,title,type (http, https or local paths).")
    Path manifest;

    @Option(names = "--watch", description = "Keep polling the given folders for new or changed PDFs (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    BudgetOptions budgets;

    @Option(names = "--allow-outside-paths", description = "Let a manifest name local files outside its own folder.")
    boolean allowOutsidePaths;

    @Option(names = "--queue", paramLabel = "kafka://HOST:PORT", description = "Publish one job per document to"
            + " this Kafka queue instead of ingesting here (a reference to the PDF, never its bytes): `regioplan"
            + " worker` ingests them, on as many machines as you start it.")
    String queue;

    @Option(names = "--topic", paramLabel = "NAME", description = "With --queue: the job topic (default: "
            + JobTopics.DEFAULT + ").")
    String topic = JobTopics.DEFAULT;

    @Option(names = "--partitions", paramLabel = "N", description = "With --queue: partitions of a job topic that does"
            + " not exist yet, the most worker threads that can share it (default: 12).")
    int partitions = JobPublishing.DEFAULT_PARTITIONS;

    @Override
    public Integer call() throws Exception {
        if (paths.isEmpty() && manifest == null) {
            throw new IllegalArgumentException("nothing to ingest: name PDF files or folders, or --manifest FILE.csv");
        }
        if (queue != null) {
            if (watch) throw new IllegalArgumentException("--watch polls into a local index; --queue publishes once");
            return JobPublishing.publish(KafkaAddress.parse(queue), new JobTopics(topic), partitions, paths, manifest,
                    allowOutsidePaths ? ManifestPaths.ANYWHERE : ManifestPaths.INSIDE_MANIFEST_FOLDER);
        }
        if (watch && (paths.size() != 1 || !Files.isDirectory(paths.get(0)))) {
            throw new IllegalArgumentException("--watch takes exactly one folder to poll");
        }
        DataStore store = data.store();
        FolderSource.Scan scan = FolderSource.scan(watch ? List.of() : paths);
        scan.skippedLines().forEach(line -> System.err.println("regioplan: " + line));
        List<IncomingDocument> documents = scan.documents();
        List<ManifestEntry> entries = manifest == null ? List.of() : ManifestReader.read(manifest);
        if (!watch && documents.isEmpty() && entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: no PDF files in " + String.join(", ",
                    paths.stream().map(Path::toString).toList()) + (manifest == null ? "" : " and no entries in " + manifest));
        }
        IngestSettings settings = IngestSettings.defaults(threads)
                .watching(watch ? paths.get(0) : null)
                .withManifest(manifest)
                .withParseBudget(budgets.parseBudget())
                .withFetchPolicy(budgets.fetchPolicy())
                .withManifestPaths(allowOutsidePaths ? ManifestPaths.ANYWHERE : ManifestPaths.INSIDE_MANIFEST_FOLDER);
        try (Ingestion ingestion = Ingestion.open(store, settings)) {
            ingestion.run(documents);
            IngestTally tally = ingestion.runManifest(entries);
            if (watch) {
                System.err.println("watching " + paths.get(0).toAbsolutePath() + " for PDFs (Ctrl-C stops)");
                ingestion.awaitShutdown();
            }
            System.out.println(tally.summary());
            return tally.failed() ? 1 : 0;
        }
    }
}
