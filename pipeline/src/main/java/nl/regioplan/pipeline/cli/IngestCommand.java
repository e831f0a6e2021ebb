package nl.regioplan.pipeline.cli;

import nl.regioplan.corpus.manifest.ManifestEntry;
import nl.regioplan.pipeline.ingest.IncomingDocument;
import nl.regioplan.pipeline.ingest.IngestTally;
import nl.regioplan.pipeline.queue.JobPublishing;
import nl.regioplan.pipeline.queue.JobTopics;
import nl.regioplan.pipeline.queue.KafkaAddress;
import nl.regioplan.pipeline.route.IngestSettings;
import nl.regioplan.pipeline.route.Ingestion;
import nl.regioplan.pipeline.source.FolderSource;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
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

    @Mixin
    IngestSources sources;

    @Option(names = "--watch", description = "Keep polling the given folders for new or changed PDFs (Ctrl-C stops).")
    boolean watch;

    @Option(names = "--threads", paramLabel = "N", description = "Documents processed at once (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Mixin
    BudgetOptions budgets;

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
        sources.requireSome();
        if (queue != null) {
            if (watch) throw new IllegalArgumentException("--watch polls into a local index; --queue publishes once");
            return JobPublishing.publish(KafkaAddress.parse(queue), new JobTopics(topic), partitions, sources.paths,
                    sources.manifest, sources.manifestPaths());
        }
        if (watch && (sources.paths.size() != 1 || !Files.isDirectory(sources.paths.get(0)))) {
            throw new IllegalArgumentException("--watch takes exactly one folder to poll");
        }
        DataStore store = data.store();
        FolderSource.Scan scan = FolderSource.scan(watch ? List.of() : sources.paths);
        scan.skippedLines().forEach(line -> System.err.println("regioplan: " + line));
        List<IncomingDocument> documents = scan.documents();
        List<ManifestEntry> entries = sources.manifestEntries();
        if (!watch && documents.isEmpty() && entries.isEmpty()) {
            throw new IllegalArgumentException("nothing to ingest: no PDF files in " + String.join(", ",
                    sources.paths.stream().map(Path::toString).toList())
                    + (sources.manifest == null ? "" : " and no entries in " + sources.manifest));
        }
        IngestSettings settings = IngestSettings.defaults(threads)
                .watching(watch ? sources.paths.get(0) : null)
                .withManifest(sources.manifest)
                .withParseBudget(budgets.parseBudget())
                .withFetchPolicy(budgets.fetchPolicy())
                .withManifestPaths(sources.manifestPaths());
        try (Ingestion ingestion = Ingestion.open(store, settings)) {
            ingestion.run(documents);
            IngestTally tally = ingestion.runManifest(entries);
            if (watch) {
                System.err.println("watching " + sources.paths.get(0).toAbsolutePath() + " for PDFs (Ctrl-C stops)");
                ingestion.awaitShutdown();
            }
            System.out.println(tally.summary());
            return tally.failed() ? 1 : 0;
        }
    }
}
