package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FacetsTest {
    @TempDir
    Path dir;
    private PlanIndex index;

    @BeforeEach
    void index() throws IOException {
        index = PlanIndex.open(dir);
        for (IndexedDocument document : SamplePlans.all()) {
            index.replace(document);
        }
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private Map<String, Map<String, Long>> facets(SearchRequest request) throws IOException {
        return index.search(request).facets();
    }

    @Test
    void everyFacetIsReportedWithCountsOverAllMatchesMostFrequentFirst() throws IOException {
        Map<String, Map<String, Long>> facets = facets(SearchRequest.of("").filter(Facet.RECORD, "passage"));
        assertThat(facets).containsOnlyKeys("region", "theme", "type", "year", "party", "record", "kind");
        assertThat(facets.get("theme")).containsExactly(entry("H", 3L), entry("A", 1L), entry("B", 1L), entry("F", 1L),
                entry("G", 1L), entry("I", 1L), entry("W", 1L));
        assertThat(facets.get("region")).containsExactly(entry("Achterhoek", 3L), entry("Midden-IJssel", 3L),
                entry("Nederland", 1L));
        assertThat(facets.get("kind")).containsExactly(entry("paragraph", 6L), entry("list_item", 1L));
    }

    @Test
    void countsFollowTheQuery() throws IOException {
        Map<String, Map<String, Long>> facets = facets(SearchRequest.of("personeel"));
        assertThat(facets.get("region")).containsExactly(entry("Achterhoek", 1L), entry("Midden-IJssel", 1L));
        assertThat(facets.get("theme")).containsExactly(entry("H", 2L), entry("I", 1L), entry("W", 1L));
    }

    @Test
    void aFilteredFacetStillCountsItsOtherValuesWhileOtherFacetsNarrow() throws IOException {
        SearchRequest achterhoek = SearchRequest.of("").filter(Facet.RECORD, "passage").filter(Facet.REGION, "Achterhoek");
        SearchResult result = index.search(achterhoek);
        assertThat(result.total()).isEqualTo(3);
        assertThat(result.facets().get("region")).containsExactly(entry("Achterhoek", 3L), entry("Midden-IJssel", 3L),
                entry("Nederland", 1L));
        assertThat(result.facets().get("theme")).containsExactly(entry("H", 2L), entry("F", 1L), entry("W", 1L));
        assertThat(result.facets().get("record")).containsOnly(entry("passage", 3L), entry("target", 1L),
                entry("document", 1L));
    }

    @Test
    void twoValuesOfOneFacetAreAlternatives() throws IOException {
        SearchRequest request = SearchRequest.of("").filter(Facet.RECORD, "passage")
                .filter(Facet.THEME, "F").filter(Facet.THEME, "G");
        assertThat(index.search(request).total()).isEqualTo(2);
    }

    @Test
    void yearHoldsMentionedYearsOfPassagesAndDeadlinesOfTargets() throws IOException {
        assertThat(facets(SearchRequest.of("").filter(Facet.RECORD, "passage")).get("year"))
                .containsExactly(entry("2025", 2L), entry("2023", 1L), entry("2026", 1L), entry("2027", 1L));
        assertThat(facets(SearchRequest.of("").filter(Facet.RECORD, "target")).get("year"))
                .containsExactly(entry("2026", 1L), entry("2027", 1L));
    }

    @Test
    void themeMatrixRowsEqualTheThemeFacetOfARegionSearch() throws IOException {
        ThemeMatrix matrix = index.themeMatrix();
        assertThat(matrix.passages()).containsOnlyKeys("Achterhoek", "Midden-IJssel", "Nederland");
        for (String region : matrix.passages().keySet()) {
            for (String record : new String[] {"passage", "target"}) {
                Map<String, Long> facet = facets(SearchRequest.of("").filter(Facet.RECORD, record)
                        .filter(Facet.REGION, region)).get("theme");
                Map<String, Long> row = record.equals("passage") ? matrix.passages().get(region)
                        : matrix.targets().getOrDefault(region, Map.of());
                assertThat(row).as(region + " " + record).isEqualTo(facet);
            }
        }
        assertThat(matrix.passages().get("Achterhoek")).containsEntry("H", 2L);
        assertThat(matrix.targets().get("Midden-IJssel")).containsOnly(entry("G", 1L), entry("I", 1L));
    }
}
