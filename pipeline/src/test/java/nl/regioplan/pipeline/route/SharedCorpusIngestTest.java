package nl.regioplan.pipeline.route;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.corpus.sample.SampleCorpus;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.RecordKind;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.pipeline.cli.CommandRun;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 2's and 6's checks on real documents: the 51 PDFs of ../shared/corpus/pdf plus the sample corpus plus the
 * four kinds of bad input, ingested through the command line into one data folder (the shared fixture's).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharedCorpusIngestTest {
    private Path data;
    private long sharedPdfs;
    private CommandRun ingest;

    @BeforeAll
    void ingestEverything() throws Exception {
        Path shared = SharedCorpusFixture.corpus();
        try (Stream<Path> files = Files.list(shared)) {
            sharedPdfs = files.filter(p -> p.toString().endsWith(".pdf")).count();
        }
        SharedCorpusFixture.Ingested everything = SharedCorpusFixture.sharedSampleAndBadFiles();
        data = everything.data();
        ingest = everything.ingest();
    }

    @Test
    void allRealPdfsIngestAndExactlyTheFourBadFilesAreQuarantined() throws Exception {
        assertThat(ingest.exitCode()).as(ingest.err()).isZero();
        JsonNode status = CommandRun.json("status", "--json", "--data", data.toString());
        assertThat(status.get("documents").asLong()).isEqualTo(sharedPdfs + SampleCorpus.documents().size());
        List<String> quarantined = new ArrayList<>();
        status.get("quarantined").forEach(q -> quarantined.add(q.get("file").asText()));
        assertThat(quarantined).containsExactlyInAnyOrder("leeg.pdf", "webpagina.pdf", "afgebroken.pdf", "beveiligd.pdf");
        status.get("quarantined").forEach(q -> assertThat(q.get("reason").asText()).isNotBlank());
        assertThat(status.get("records").get("targets").asLong()).isPositive();
        assertThat(status.get("records").get("parties").asLong()).isPositive();
    }

    @Test
    void theThemeMatrixHasARowPerRegionAndItsCountsEqualThemeFacetSearches() throws Exception {
        ThemeMatrix matrix = ThemeMatrix.from(new DataStore(data), ThemeMeasure.PASSAGES);
        assertThat(matrix.themes()).extracting(IzaTheme::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "W");
        assertThat(matrix.regions()).contains("Achterhoek", "Midden-IJssel", "Flevoland");
        int compared = 0;
        try (PlanIndex index = PlanIndex.open(data.resolve("index"))) {
            for (String region : matrix.regions()) {
                if (region.equals(PlanDocument.UNKNOWN_REGION) || region.equals(PlanDocument.NATIONAL)) continue;
                for (IzaTheme theme : matrix.themes()) {
                    long searched = index.search(SearchRequest.of("").filter(Facet.REGION, region)
                            .filter(Facet.THEME, theme.code()).filter(Facet.RECORD, RecordKind.PASSAGE.value())).total();
                    assertThat((long) matrix.value(region, theme.code())).as(region + " x " + theme.code()).isEqualTo(searched);
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThanOrEqualTo(3 * 13);
    }
}
