package nl.regioplan.index.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.SamplePlans;
import nl.regioplan.index.model.IndexedDocument;
import nl.regioplan.index.schema.Facet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {
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

    private List<Hit> hits(String query) throws IOException {
        return index.search(SearchRequest.of(query).filter(Facet.RECORD, "passage")).hits();
    }

    @Test
    void snippetsMarkTheMatchedWordsAndEscapeTheRest() throws IOException {
        assertThat(hits("personeel")).extracting(Hit::snippet).containsExactlyInAnyOrder(
                "Het <mark>personeelstekort</mark> in de VVT is groot.",
                "Het <mark>zorgpersoneel</mark> wordt ontzorgd door digitale zorg.");
        assertThat(hits("\"administratieve lasten\"").getFirst().plainSnippet())
                .isEqualTo("Wij verminderen de administratieve lasten voor zorgverleners.");
    }

    @Test
    void aRecordFoundOnlyByFiltersShowsItsOpeningText() throws IOException {
        assertThat(index.search(SearchRequest.of("theme:F")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.snippet()).isEqualTo("De wachttijden in de ggz moeten omlaag."));
    }

    @Test
    void wordsAsWrittenRankAboveStemmedAndSplitMatches() throws IOException {
        assertThat(hits("zorg").getFirst().snippet()).contains("<mark>zorg</mark>");
    }

    @Test
    void termsMustAllMatchUnlessOrIsWritten() throws IOException {
        assertThat(hits("personeel wachttijden")).isEmpty();
        assertThat(hits("personeel OR wachttijden")).hasSize(3);
    }

    @Test
    void abbreviationsFindTheirLongFormsThroughTheParser() throws IOException {
        assertThat(hits("\"verpleeg- en verzorgingshuizen en thuiszorg\"")).extracting(Hit::page).containsExactly(3);
        assertThat(hits("geestelijke gezondheidszorg")).extracting(Hit::page).containsExactly(7);
        assertThat(hits("Gemeentelijke Gezondheidsdienst")).extracting(Hit::page).containsExactly(9);
    }

    @Test
    void pagesOfHitsComeInLimitAndOffset() throws IOException {
        SearchRequest all = SearchRequest.of("").filter(Facet.RECORD, "passage");
        SearchResult first = index.search(all.page(3, 0));
        SearchResult rest = index.search(all.page(3, 3));
        assertThat(first.total()).isEqualTo(7);
        assertThat(rest.total()).isEqualTo(7);
        assertThat(first.hits()).hasSize(3);
        assertThat(rest.hits()).hasSize(3);
        assertThat(index.search(all.page(3, 6)).hits()).hasSize(1);
        assertThat(first.hits()).doesNotContainAnyElementsOf(rest.hits());
    }
}
