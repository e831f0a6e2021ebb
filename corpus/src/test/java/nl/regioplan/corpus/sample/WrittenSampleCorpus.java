package nl.regioplan.corpus.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The sample corpus written once per test JVM into a temporary folder, for the tests that only read it. */
final class WrittenSampleCorpus {
    private static Path dir;
    private static List<SampleDocumentTruth> truths;

    private WrittenSampleCorpus() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path written = Files.createTempDirectory("regioplan-sample-corpus");
                truths = SampleCorpus.write(written);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(written)));
                dir = written;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the sample corpus", e);
            }
        }
        return dir;
    }

    static synchronized List<SampleDocumentTruth> truths() {
        dir();
        return truths;
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(file);
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
