package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.bench.IngestBenchmark;
import nl.regioplan.pipeline.queue.KafkaAddress;
import nl.regioplan.pipeline.queue.QueueBenchmark;
import nl.regioplan.pipeline.bench.LoadBenchmark;
import nl.regioplan.pipeline.bench.ScaledSearchBenchmark;
import nl.regioplan.pipeline.web.WebRoutes;
import nl.regioplan.pipeline.web.WebServer;
import nl.regioplan.pipeline.source.FolderSource;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SearchBenchmark;
import nl.regioplan.pipeline.route.Ingestion;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Speed and memory figures.", subcommands = {
        BenchCommand.Ingest.class, BenchCommand.Search.class, BenchCommand.Load.class, BenchCommand.Text.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "ingest", description = {
            "Full ingest of PATH into a scratch data folder: pages/s, stage times, peak heap, ratio to pdftotext and to"
                    + " PDFBox's own text extraction, and the floor those and Tesseract set on this machine.",
            "Run with REGIOPLAN_JAVA_OPTS='-Xmx512m -XX:TieredStopAtLevel=1' to check the memory bound (the launcher's default for ingest is -Xmx1g and C1 only)."})
    static final class Ingest implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDF files or folders.")
        List<Path> paths;

        @Option(names = "--threads", description = "Documents at once (default: number of cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Option(names = "--queue", paramLabel = "kafka://HOST:PORT", description = "Ingest through this Kafka queue"
                + " and worker processes instead: pages/s for each --workers count.")
        String queue;

        @Option(names = "--workers", paramLabel = "N", split = ",", description = "With --queue: worker processes to"
                + " measure, one run each (default: 1,2,3).")
        List<Integer> workers = List.of(1, 2, 3);

        @Override
        public Integer call() throws Exception {
            if (queue != null) {
                new QueueBenchmark(System.out, RegioplanCommand.class).run(paths, KafkaAddress.parse(queue), workers);
                return 0;
            }
            new IngestBenchmark(System.out).run(FolderSource.documents(paths), threads);
            return 0;
        }
    }

    @Command(name = "search", description = {
            "Latency of a query mix (p50/p95/p99, cold and warm) and the index size.",
            "Over the data folder's index, or over PATHs ingested first into a scratch folder.",
            "With --scale N: the documents indexed N times into a scratch index (new document ids and regions per"
                    + " copy); warm p50/p95/p99 of a query mix with filters, the theme matrix and the targets listing,"
                    + " index size and build time."})
    static final class Search implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Parameters(paramLabel = "PATH", arity = "0..*", description = "PDFs to ingest first (else the data folder's index).")
        List<Path> paths = List.of();

        @Option(names = "--scale", paramLabel = "N", description = "Index the documents N times (e.g. 50) and measure that.")
        int scale = 0;

        @Option(names = "--keep-index", paramLabel = "DIR", description = "With --scale: build the scaled index in DIR"
                + " and keep it; a later run with the same DIR measures that index again instead of rebuilding it.")
        Path keepIndex;

        @Override
        public Integer call() throws Exception {
            if (scale < 0) throw new IllegalArgumentException("--scale must be at least 1");
            if (paths.isEmpty()) {
                run(data.store());
                return 0;
            }
            Path scratch = Files.createTempDirectory("regioplan-bench-search");
            DataStore store = new DataStore(scratch);
            try (Ingestion ingestion = Ingestion.open(store, Runtime.getRuntime().availableProcessors(), null, null)) {
                System.out.println(ingestion.run(FolderSource.documents(paths)).summary());
            }
            run(store);
            return 0;
        }

        private void run(DataStore store) throws Exception {
            if (scale > 0) {
                ServeCommand.quietLogs(); // the targets listing is measured through the web server's routes
                new ScaledSearchBenchmark(System.out).run(store, scale, Runtime.getRuntime().availableProcessors(), keepIndex);
                return;
            }
            if (!Files.isDirectory(store.indexDir())) throw new IllegalArgumentException("no index in " + store.root());
            try (PlanIndex index = PlanIndex.open(store.indexDir())) {
                SearchBenchmark.run(index, SearchBenchmark.DEFAULT_QUERIES, System.out);
            }
        }
    }

    @Command(name = "load", description = {
            "Concurrent clients against the web API (/api/search, /api/targets, /api/status): req/s and"
                    + " p50/p95/p99 per endpoint, server RSS before and after.",
            "Serves the data folder on a loopback port, or targets a running server with --url."})
    static final class Load implements Callable<Integer> {
        @Mixin
        DataOption data;

        @Option(names = "--clients", description = "Clients at once (default ${DEFAULT-VALUE}).")
        int clients = 16;

        @Option(names = "--seconds", description = "How long the measured load lasts (default ${DEFAULT-VALUE}), after 10 s of the same load that is not counted.")
        int seconds = 20;

        @Option(names = "--url", paramLabel = "URL", description = "A running server (e.g. http://127.0.0.1:8080/) instead of one started here.")
        URI url;

        @Option(names = "--pid", description = "That server's process id, to read its RSS.")
        Long pid;

        @Override
        public Integer call() throws Exception {
            if (clients < 1 || seconds < 1) throw new IllegalArgumentException("--clients and --seconds must be at least 1");
            LoadBenchmark bench = new LoadBenchmark(System.out);
            if (url != null) {
                bench.run(url, clients, seconds, pid == null ? LoadBenchmark.RssProbe.none() : LoadBenchmark.RssProbe.of(pid));
                return 0;
            }
            DataStore store = data.store();
            if (!Files.isDirectory(store.indexDir())) throw new IllegalArgumentException("no index in " + store.root());
            ServeCommand.quietLogs();
            try (PlanIndex index = PlanIndex.open(store.indexDir());
                 WebServer server = WebServer.start(WebServer.LOOPBACK, 0, new WebRoutes(store, index))) {
                System.out.println("serving " + store.root() + " at " + server.uri());
                bench.run(server.uri(), clients, seconds, LoadBenchmark.RssProbe.of(ProcessHandle.current().pid()));
            }
            return 0;
        }
    }

    @Command(name = "text", description = {
            "Text fidelity beside pdftotext and Tika: word order, statement integrity, block kinds and header/footer"
                    + " leakage per layout class.",
            "Measured on the shipped third-party fixtures and on hand-truth pages of CORPUS (default"
                    + " ../shared/corpus/pdf)."})
    static final class Text implements Callable<Integer> {
        @Parameters(paramLabel = "CORPUS", arity = "0..1", description = "Folder with the shared corpus PDFs.")
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");

        @Option(names = "--broken", description = "Also list every statement that did not come out whole.")
        boolean broken;

        @Option(names = "--pages", paramLabel = "FILE", description = "Hand truth of other pages (the format of the"
                + " shipped corpus-pages.json: pdf, page, layoutClass, running, blocks) to measure instead of the shipped"
                + " pages; their PDFs are looked up in CORPUS.")
        Path pages;

        @Override
        public Integer call() throws Exception {
            if (pages != null && !Files.isRegularFile(pages)) throw new IllegalArgumentException("no hand-truth file " + pages);
            nl.regioplan.extractors.fidelity.TextFidelityBenchmark.runAll(corpus, pages, System.out, broken);
            return 0;
        }
    }
}
