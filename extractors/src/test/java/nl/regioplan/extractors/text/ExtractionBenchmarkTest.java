package nl.regioplan.extractors.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void countsPagesAndFailuresOfTheFilesItRan() throws Exception {
        Path pdf = dir.resolve("drie.pdf");
        try (TestPdf out = new TestPdf()) {
            for (int p = 0; p < 3; p++) out.a4().lines(60, 100, 10, List.of("Pagina " + p + " van het regioplan met tekst."));
            out.save(pdf);
        }
        Path broken = Files.writeString(dir.resolve("kapot.pdf"), "<html>geen pdf</html>");

        ExtractionBenchmark.Result result = ExtractionBenchmark.run(ExtractionBenchmark.pdfs(List.of(dir)));

        assertThat(result.files()).isEqualTo(2);
        assertThat(result.failures()).isEqualTo(1);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.peakHeapBytes()).isPositive();
        assertThat(result.pagesPerSecond()).isPositive();
        Optional<ExtractionBenchmark.Result> reference = ExtractionBenchmark.runPdftotext(List.of(pdf, broken));
        reference.ifPresent(r -> assertThat(r.pages()).isEqualTo(3));
    }

    /**
     * The figures on the shared corpus, printed, never asserted. Runs only on request:
     * {@code -Dregioplan.bench=true}.
     */
    @Test
    void printsFiguresForTheSharedCorpus() throws Exception {
        assumeTrue(Boolean.getBoolean("regioplan.bench"), "benchmark runs only with -Dregioplan.bench=true");
        Path corpus = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus.toAbsolutePath());
        ExtractionBenchmark.main(new String[] {corpus.toString()});
    }
}
