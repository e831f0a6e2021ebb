package nl.regioplan.pipeline.route;

import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.pipeline.cli.CommandRun;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The corpus-scale data folders, ingested once per test JVM and shared by every test that reads them (an ingest
 * of the 51 PDFs of ../shared/corpus/pdf takes minutes). Built lazily under target/shared-corpus-fixture/, anew
 * in each run so no folder of older code is read. Tests only read these folders; a test that changes a data
 * folder needs its own.
 */
public final class SharedCorpusFixture {
    private static final Path ROOT = Path.of("target", "shared-corpus-fixture").toAbsolutePath();

    /** A data folder and the ingest run that filled it. */
    public record Ingested(Path data, CommandRun ingest) {
    }

    private static Ingested shared;
    private static Ingested everything;

    private SharedCorpusFixture() {
    }

    /** ../shared/corpus/pdf; skips the calling test when it is not there. */
    public static Path corpus() {
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isDirectory(corpus), corpus + " not found (system property regioplan.shared)");
        return corpus;
    }

    /** The shared corpus alone, ingested through the command line. */
    public static synchronized Ingested sharedCorpus() {
        Path corpus = corpus();
        if (shared == null) {
            delete(ROOT);
            Path data = ROOT.resolve("shared").resolve("data");
            CommandRun run = CommandRun.of("ingest", corpus.toString(), "--data", data.toString());
            if (run.exitCode() != 0) throw new AssertionError("the shared corpus did not ingest: " + run.err());
            shared = new Ingested(data, run);
        }
        return shared;
    }

    /**
     * The shared corpus, then the sample corpus and the four kinds of bad input (empty, HTML named .pdf,
     * truncated, password-protected) ingested into a copy of its folder; {@link Ingested#ingest()} is that second
     * run, which finds the shared documents unchanged.
     */
    public static synchronized Ingested sharedSampleAndBadFiles() {
        Ingested base = sharedCorpus();
        if (everything == null) {
            try {
                Path folder = ROOT.resolve("shared-sample-bad");
                Path data = folder.resolve("data");
                copy(base.data(), data);
                Path sample = folder.resolve("sample");
                SampleCorpus.write(sample);
                Path bad = Files.createDirectories(folder.resolve("bad"));
                TestPdfs.empty(bad);
                TestPdfs.htmlNamedPdf(bad);
                TestPdfs.truncated(bad);
                TestPdfs.passwordProtected(bad);
                everything = new Ingested(data, CommandRun.of("ingest", sample.toString(), bad.toString(),
                        "--data", data.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return everything;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) Files.createDirectories(target);
                else Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}
