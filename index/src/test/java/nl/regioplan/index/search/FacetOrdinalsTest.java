package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.LuceneFacets;
import nl.regioplan.index.schema.PlanAnalyzers;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facet ordinals a searcher holds on the heap must count what Lucene's sorted-set facet counts count over the
 * same hits, on an index of several segments with deleted entries; the theme matrix made from them must equal
 * Lucene's theme counts of each region's passages and targets.
 */
class FacetOrdinalsTest {
    @TempDir
    Path dir;

    @Test
    void countsEqualLuceneSortedSetCountsOverTheSameHits() throws IOException {
        indexCopies();
        PlanQueryParser parser = new PlanQueryParser(PlanAnalyzers.forQueries());
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.leaves()).hasSizeGreaterThan(1);
            assertThat(reader.numDeletedDocs()).isPositive();
            FacetedSearcher searcher = new FacetedSearcher(reader);
            for (String query : List.of("", "personeel", "zorg*", "wachttijden OR huisarts", "\"administratieve lasten\"",
                    "year:[2025 TO 2030]", "niets-dat-voorkomt")) {
                FacetsCollector hits = searcher.search(parser.parse(query), new FacetsCollectorManager());
                Facets expected = new SortedSetDocValuesFacetCounts(searcher.facetState(), hits);
                Facets actual = searcher.facetOrdinals().count(hits);
                for (Facet facet : Facet.values()) {
                    assertThat(children(actual.getAllChildren(facet.dim())))
                            .as("%s of '%s'", facet.dim(), query)
                            .isEqualTo(children(expected.getAllChildren(facet.dim())));
                }
            }
        }
    }

    @Test
    void themeMatrixEqualsLuceneThemeCountsPerRegionAndRecordKind() throws IOException {
        indexCopies();
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            FacetedSearcher searcher = new FacetedSearcher(reader);
            ThemeMatrix matrix = new PlanSearch().themeMatrix(searcher);
            assertThat(matrix.passages()).hasSizeGreaterThan(3);
            for (String record : List.of("passage", "target")) {
                Map<String, Map<String, Long>> rows = record.equals("passage") ? matrix.passages() : matrix.targets();
                Map<String, Long> regions = children(new SortedSetDocValuesFacetCounts(searcher.facetState(),
                        searcher.search(drillDown(new MatchAllDocsQuery(), Facet.RECORD, record), new FacetsCollectorManager()))
                        .getAllChildren(Facet.REGION.dim()));
                assertThat(rows.keySet()).as("regions of %s", record).isEqualTo(regions.keySet());
                for (String region : regions.keySet()) {
                    DrillDownQuery query = drillDown(new MatchAllDocsQuery(), Facet.RECORD, record);
                    query.add(Facet.REGION.dim(), region);
                    FacetResult themes = new SortedSetDocValuesFacetCounts(searcher.facetState(),
                            searcher.search(query, new FacetsCollectorManager())).getAllChildren(Facet.THEME.dim());
                    assertThat(new TreeMap<>(rows.get(region))).as("%s row of %s", record, region)
                            .isEqualTo(new TreeMap<>(children(themes)));
                }
            }
        }
    }

    @Test
    void searchesWithWordsAnswerWhatDrillSidewaysAnswersWithAndWithoutFilters() throws IOException {
        indexCopies();
        List<String> queries = List.of("personeel", "zorg*", "wachttijden OR huisarts", "\"administratieve lasten\"",
                "\"passende zorg\"~3", "year:[2025 TO 2030]", "preventie AND NOT jongeren", "niets-dat-voorkomt");
        List<Map<Facet, List<String>>> filterSets = List.of(Map.of(), Map.of(Facet.RECORD, List.of("passage")),
                Map.of(Facet.REGION, List.of("Achterhoek")), Map.of(Facet.THEME, List.of("H", "G")),
                Map.of(Facet.RECORD, List.of("passage"), Facet.THEME, List.of("H")),
                Map.of(Facet.RECORD, List.of("target"), Facet.REGION, List.of("Achterhoek 3", "Midden-IJssel"),
                        Facet.YEAR, List.of("2027")),
                Map.of(Facet.REGION, List.of("Nowhere")), Map.of(Facet.REGION, List.of("Nowhere"), Facet.THEME, List.of("H")));
        PlanSearch fast = new PlanSearch();
        PlanSearch sideways = PlanSearch.drillSidewaysOnly();
        try (Directory directory = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(directory)) {
            FacetedSearcher searcher = new FacetedSearcher(reader);
            int withHits = 0;
            for (String query : queries) {
                for (Map<Facet, List<String>> filters : filterSets) {
                    for (int offset : List.of(0, 5)) {
                        SearchRequest request = SearchRequest.of(query).page(5, offset);
                        for (Map.Entry<Facet, List<String>> filter : filters.entrySet()) {
                            for (String value : filter.getValue()) request = request.filter(filter.getKey(), value);
                        }
                        SearchResult expected = sideways.search(searcher, request);
                        SearchResult actual = fast.search(searcher, request);
                        assertThat(actual.total()).as("total of %s", request).isEqualTo(expected.total());
                        assertThat(actual.hitCount()).as("hit count of %s", request).isEqualTo(expected.hitCount());
                        assertThat(actual.hits()).as("hits of %s", request).containsExactlyElementsOf(expected.hits());
                        assertThat(actual.facets()).as("facets of %s", request).isEqualTo(expected.facets());
                        assertThat(List.copyOf(actual.facets().keySet())).isEqualTo(List.copyOf(expected.facets().keySet()));
                        for (String dim : expected.facets().keySet()) {
                            assertThat(List.copyOf(actual.facets().get(dim).keySet())).as("order of %s in %s", dim, request)
                                    .isEqualTo(List.copyOf(expected.facets().get(dim).keySet()));
                        }
                        if (!expected.hits().isEmpty()) withHits++;
                    }
                }
            }
            assertThat(withHits).isGreaterThan(40);
        }
    }

    /** Six copies of the sample plans, one commit each (so several segments), two of them replaced (deleted entries). */
    private void indexCopies() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (int copy = 0; copy < 6; copy++) {
                for (IndexedDocument d : SamplePlans.all()) index.replace(copy == 0 ? d : SamplePlans.copyOf(d, copy));
            }
            index.replace(SamplePlans.achterhoek());
            index.replace(SamplePlans.copyOf(SamplePlans.middenIjssel(), 3));
        }
    }

    private static DrillDownQuery drillDown(Query query, Facet facet, String value) {
        DrillDownQuery drillDown = new DrillDownQuery(LuceneFacets.config(), query);
        drillDown.add(facet.dim(), value);
        return drillDown;
    }

    private static Map<String, Long> children(FacetResult result) {
        Map<String, Long> children = new LinkedHashMap<>();
        if (result != null) {
            Arrays.stream(result.labelValues).forEach(label -> children.put(label.label, label.value.longValue()));
        }
        return children;
    }
}
