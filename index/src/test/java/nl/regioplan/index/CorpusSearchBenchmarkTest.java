package nl.regioplan.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds an index of the 51 reference PDFs and prints indexing speed and search latency. Opt-in, as it
 * takes a while: {@code mvn -pl index -am test -Dtest=CorpusSearchBenchmarkTest -Dregioplan.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. It asserts only that the corpus was indexed and searchable.
 */
class CorpusSearchBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void searchLatencyOnTheReferenceCorpus() throws Exception {
        assumeTrue(Boolean.getBoolean("regioplan.bench"), "benchmark runs only with -Dregioplan.bench=true");
        Path pdfs = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus", "pdf");
        assumeTrue(Files.isRegularFile(pdfs.resolve("index.csv")), "reference corpus missing at " + pdfs);
        assumeTrue(pdftotextAvailable(), "pdftotext (poppler-utils) is not installed");

        List<IndexedDocument> corpus = PdfTextCorpus.read(pdfs);
        int pages = corpus.stream().mapToInt(document -> document.document().pages()).sum();
        long start = System.nanoTime();
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (IndexedDocument document : corpus) {
                index.replace(document);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "indexed %d documents, %d pages, %d passages, %d targets in %.1f s"
                        + " (%.0f pages/s, one commit per document)%n", corpus.size(), pages,
                corpus.stream().mapToInt(document -> document.passages().size()).sum(),
                corpus.stream().mapToInt(document -> document.targets().size()).sum(), seconds, pages / seconds);

        try (PlanIndex index = PlanIndex.open(dir)) {
            SearchBenchmark.run(index, SearchBenchmark.DEFAULT_QUERIES);
            for (String query : List.of("personeel", "tekorten", "ggz", "\"administratieve lasten\"")) {
                SearchResult result = index.search(SearchRequest.of(query));
                System.out.printf(Locale.ROOT, "%s: %d hits%n", query, result.total());
                for (Hit hit : result.hits().subList(0, Math.min(3, result.hits().size()))) {
                    System.out.printf(Locale.ROOT, "   %s p.%d  %s%n", hit.doc(), hit.page(), hit.snippet());
                }
            }
            assertThat(index.documents()).hasSize(corpus.size());
            assertThat(index.search(SearchRequest.of("personeel")).total()).isPositive();
        }
    }

    private static boolean pdftotextAvailable() {
        try {
            return new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
