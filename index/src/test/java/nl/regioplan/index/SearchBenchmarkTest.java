package nl.regioplan.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.regioplan.index.model.IndexedDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void reportsOrderedPercentilesAndTheIndexItMeasured() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (IndexedDocument document : SamplePlans.all()) {
                index.replace(document);
            }
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            SearchBenchmark.Figures figures = SearchBenchmark.run(index, List.of("personeel", "ggz", "region:achterhoek"),
                    new PrintStream(printed, true, StandardCharsets.UTF_8));

            assertThat(figures.documents()).isEqualTo(3);
            assertThat(figures.records()).isEqualTo(13);
            assertThat(figures.indexBytes()).isPositive();
            for (SearchBenchmark.Latency latency : List.of(figures.cold(), figures.warm())) {
                assertThat(latency.p50()).isPositive().isLessThanOrEqualTo(latency.p95());
                assertThat(latency.p95()).isLessThanOrEqualTo(latency.p99());
                assertThat(latency.p99()).isLessThanOrEqualTo(latency.max());
            }
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("index: 3 documents, 13 records").contains("cold (3 searches)").contains("warm (60 searches)");
        }
    }
}
