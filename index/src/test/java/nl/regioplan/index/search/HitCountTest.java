package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.model.PassageEntry;
import nl.regioplan.index.schema.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search shows one hit a page of a plan, so a pager needs the number of hits, not of matching records: paging
 * through every hit of a search must show exactly {@code hitCount} of them, whichever way the search is answered.
 */
class HitCountTest {
    @TempDir
    Path dir;

    @Test
    void pagingThroughEveryHitShowsExactlyTheHitCount() throws IOException {
        try (PlanIndex index = PlanIndex.open(dir)) {
            for (int copy = 0; copy < 4; copy++) {
                for (IndexedDocument d : SamplePlans.all()) index.replace(copy == 0 ? d : SamplePlans.copyOf(d, copy));
            }
            // a replaced document's deleted entries are no hits
            index.replace(SamplePlans.achterhoek());
            List<SearchRequest> requests = List.of(
                    SearchRequest.of("zorg"),
                    SearchRequest.of("zorg OR preventie").filter(Facet.RECORD, "passage"),
                    SearchRequest.of("wachttijden").filter(Facet.REGION, "Achterhoek"),
                    SearchRequest.of(""),
                    SearchRequest.of("").filter(Facet.THEME, "H"),
                    SearchRequest.of("").filter(Facet.RECORD, "passage").filter(Facet.REGION, "Midden-IJssel 2"),
                    SearchRequest.of("xyzzyqq"));
            boolean someFold = false;
            for (SearchRequest request : requests) {
                SearchResult first = index.search(request);
                List<Hit> every = index.search(request.page(SearchRequest.MAX_LIMIT, 0)).hits();
                assertThat(every).as("hits of %s", request).hasSizeLessThan(SearchRequest.MAX_LIMIT);
                assertThat(first.hitCount()).as("hit count of %s", request).isEqualTo(every.size());
                assertThat(first.hitCount()).as("hit count of %s", request).isLessThanOrEqualTo(first.total());
                someFold |= first.hitCount() < first.total();
            }
            assertThat(someFold).as("a search whose records share pages (else hit count and total cannot be told apart)").isTrue();
        }
    }

    @Test
    void everyPageOfResultsIsFullWhereManyRecordsShareEachPlanPage() throws IOException {
        int planPages = 30;
        int perPage = 6;
        List<PassageEntry> passages = new ArrayList<>();
        for (int page = 1; page <= planPages; page++) {
            for (int i = 0; i < perPage; i++) {
                passages.add(new PassageEntry("dik-plan", page, "paragraph", "Samenwerking",
                        "De samenwerking in de wijk, afspraak " + i + ".", List.of("B"), List.of(), List.of()));
            }
        }
        DocumentEntry plan = new DocumentEntry("dik-plan", "Een dik plan", "Twente", "regional_plan", planPages,
                "0".repeat(64), null, null, null);
        try (PlanIndex index = PlanIndex.open(dir)) {
            index.replace(new IndexedDocument(plan, passages, List.of()));
            for (SearchRequest request : List.of(SearchRequest.of("samenwerking"), SearchRequest.of("").filter(Facet.THEME, "B"))) {
                assertThat(index.search(request).hitCount()).as("hit count of %s", request).isEqualTo(planPages);
                Set<Integer> seen = new HashSet<>();
                for (int offset = 0; offset < planPages; offset += 5) {
                    List<Hit> hits = index.search(request.page(5, offset)).hits();
                    assertThat(hits).as("hits %d-%d of %s", offset + 1, offset + 5, request).hasSize(5);
                    hits.forEach(hit -> seen.add(hit.page()));
                }
                assertThat(seen).as("plan pages reached by paging %s", request).hasSize(planPages);
            }
        }
    }
}
