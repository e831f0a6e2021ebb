package nl.regioplan.pipeline.cli;

import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.SearchRequest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Filter values as a user types them, resolved against what the index's facets hold. */
class SearchFiltersTest {
    private final List<String> notes = new ArrayList<>();
    private final SearchFilters filters = new SearchFilters(Map.of(
            "region", Map.of("Flevoland", 40L, "Landelijk", 12L, "Midden-IJssel", 3L),
            "party", Map.of("GGD (regio)", 8L, "GGD Flevoland", 5L, "Menzis", 2L),
            "type", Map.of("regioplan", 10L, "agreement", 2L)), notes::add);

    private Map<Facet, Set<String>> apply(String region, String theme, String party, String type, String year) {
        return filters.apply(SearchRequest.of("zorg"), region, theme, party, type, year).filters();
    }

    @Test
    void valuesMatchInAnyLetterCaseAndTakeTheFacetsSpelling() {
        Map<Facet, Set<String>> f = apply("flevoland", "f", null, "REGIOPLAN", " 2027 ");
        assertThat(f.get(Facet.REGION)).containsExactly("Flevoland");
        assertThat(f.get(Facet.THEME)).containsExactly("F");
        assertThat(f.get(Facet.TYPE)).containsExactly("regioplan");
        assertThat(f.get(Facet.YEAR)).containsExactly("2027");
        assertThat(notes).isEmpty();
    }

    @Test
    void theStartOfAValueStandsForEveryValueStartingSoAndSaysWhich() {
        assertThat(apply(null, null, "ggd", null, null).get(Facet.PARTY)).containsExactlyInAnyOrder("GGD (regio)", "GGD Flevoland");
        assertThat(notes).containsExactly("--party ggd stands for GGD (regio), GGD Flevoland");
        assertThat(apply("midden", null, null, null, null).get(Facet.REGION)).containsExactly("Midden-IJssel");
    }

    @Test
    void anythingElseIsAnErrorNamingTheValidValues() {
        assertThatThrownBy(() -> apply("Utrecht", null, null, null, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no regions match --region 'Utrecht'; regions: Flevoland, Landelijk, Midden-IJssel");
        assertThatThrownBy(() -> apply(null, null, "VGZ", null, null))
                .hasMessageContaining("parties: GGD (regio), GGD Flevoland, Menzis");
        assertThatThrownBy(() -> apply(null, "Z", null, null, null)).hasMessageContaining("unknown theme 'Z'").hasMessageContaining("A, B");
        assertThatThrownBy(() -> apply(null, null, null, null, "abc")).hasMessage("--year takes a year such as 2027, not 'abc'");
        assertThatThrownBy(() -> apply(null, null, null, null, "27")).hasMessageContaining("not '27'");
    }

    @Test
    void anEmptyIndexSaysSoInsteadOfListingNothing() {
        SearchFilters empty = new SearchFilters(Map.of(), notes::add);
        assertThatThrownBy(() -> empty.apply(SearchRequest.of("zorg"), "Twente", null, null, null, null))
                .hasMessage("no regions in the index, so --region 'Twente' finds nothing");
    }
}
