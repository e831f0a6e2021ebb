package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.bench.IngestBenchmark;
import nl.regioplan.pipeline.source.FolderSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "bench", description = "Speed and memory figures.", subcommands = {
        BenchCommand.Ingest.class})
final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "ingest", description = {
            "Full ingest of PATH into a scratch data folder: pages/s, stage times, peak heap, ratio to pdftotext.",
            "Run with REGIOPLAN_JAVA_OPTS=-Xmx512m to check the memory bound."})
    static final class Ingest implements Callable<Integer> {
        @Parameters(paramLabel = "PATH", arity = "1..*", description = "PDF files or folders.")
        List<Path> paths;

        @Option(names = "--threads", description = "Documents at once (default: number of cores).")
        int threads = Runtime.getRuntime().availableProcessors();

        @Override
        public Integer call() throws Exception {
            new IngestBenchmark(System.out).run(FolderSource.documents(paths), threads);
            return 0;
        }
    }
}
