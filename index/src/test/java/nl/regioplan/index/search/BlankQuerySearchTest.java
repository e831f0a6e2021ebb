package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blank query is answered from its filters and from counts kept per commit instead of through drill sideways;
 * these searches must give exactly what drill sideways gives: total, hits in order with their scores and
 * snippets, and every facet's values in order with their counts.
 */
class BlankQuerySearchTest {
    @TempDir
    Path dir;

    @Test
    void blankSearchesAnswerWhatDrillSidewaysAnswers() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (int copy = 0; copy < 6; copy++) {
                for (IndexedDocument d : SamplePlans.all()) index.replace(copy == 0 ? d : SamplePlans.copyOf(d, copy));
            }
            // replaced documents leave deleted entries behind, which no count may include
            index.replace(SamplePlans.achterhoek());
            index.replace(SamplePlans.copyOf(SamplePlans.middenIjssel(), 3));
        }
        List<SearchRequest> requests = List.of(
                SearchRequest.of(""),
                SearchRequest.of("").page(20, 0),
                SearchRequest.of("").page(5, 5),
                SearchRequest.of("").filter(Facet.REGION, "Achterhoek"),
                SearchRequest.of("").filter(Facet.REGION, "Achterhoek 3").filter(Facet.REGION, "Midden-IJssel"),
                SearchRequest.of("").filter(Facet.THEME, "H"),
                SearchRequest.of("").filter(Facet.THEME, "H").filter(Facet.THEME, "G"),
                SearchRequest.of("").filter(Facet.REGION, "Midden-IJssel 2").filter(Facet.THEME, "H"),
                SearchRequest.of("").filter(Facet.RECORD, "passage").filter(Facet.REGION, "Nederland").filter(Facet.THEME, "B"),
                SearchRequest.of("").filter(Facet.RECORD, "target").filter(Facet.YEAR, "2027").page(3, 1),
                SearchRequest.of("").filter(Facet.PARTY, "GGD IJsselland"),
                SearchRequest.of("").filter(Facet.REGION, "Nowhere"),
                SearchRequest.of("").filter(Facet.REGION, "Nowhere").filter(Facet.THEME, "H"));
        PlanSearch fast = new PlanSearch();
        PlanSearch sideways = PlanSearch.drillSidewaysOnly();
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.numDeletedDocs()).isPositive();
            FacetedSearcher searcher = new FacetedSearcher(reader);
            for (int round = 0; round < 2; round++) { // the second round uses the counts kept from the first
                for (SearchRequest request : requests) {
                    SearchResult expected = sideways.search(searcher, request);
                    SearchResult actual = fast.search(searcher, request);
                    assertThat(actual.total()).as("total of %s", request).isEqualTo(expected.total());
                    assertThat(actual.hitCount()).as("hit count of %s", request).isEqualTo(expected.hitCount());
                    assertThat(actual.hits()).as("hits of %s", request).containsExactlyElementsOf(expected.hits());
                    assertThat(ordered(actual.facets())).as("facets of %s", request).isEqualTo(ordered(expected.facets()));
                }
            }
            assertThat(fast.search(searcher, SearchRequest.of("").filter(Facet.THEME, "H")).total()).isPositive();
        }
    }

    /** Facets and their values in the order a user sees them. */
    private static List<String> ordered(Map<String, Map<String, Long>> facets) {
        List<String> lines = new ArrayList<>();
        facets.forEach((dim, values) -> values.forEach((value, count) -> lines.add(dim + "/" + value + "=" + count)));
        lines.add(String.join(",", facets.keySet()));
        return lines;
    }
}
