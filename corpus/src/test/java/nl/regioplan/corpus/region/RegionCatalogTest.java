package nl.regioplan.corpus.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.loadDefault();

    @Test
    void holdsThe342MunicipalitiesOf2023WithTheOfficialCountPerProvince() {
        assertThat(catalog.municipalities()).hasSize(342);
        Map<String, Integer> perProvince = new TreeMap<>();
        catalog.municipalities().forEach(m -> perProvince.merge(m.province(), 1, Integer::sum));
        assertThat(perProvince).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("Noord-Brabant", 56), Map.entry("Gelderland", 51), Map.entry("Zuid-Holland", 50),
                Map.entry("Noord-Holland", 44), Map.entry("Limburg", 31), Map.entry("Utrecht", 26),
                Map.entry("Overijssel", 25), Map.entry("Fryslân", 18), Map.entry("Zeeland", 13),
                Map.entry("Drenthe", 12), Map.entry("Groningen", 10), Map.entry("Flevoland", 6)));
    }

    @Test
    void everyMunicipalityBelongsToExactlyOneCareRegion() {
        Set<String> seen = new HashSet<>();
        for (CareRegion r : catalog.careRegions())
            for (Municipality m : r.municipalities()) assertThat(seen.add(m.name())).as(m.name()).isTrue();
        assertThat(seen).hasSize(342);
        assertThat(catalog.careRegions()).hasSizeBetween(27, 35);
    }

    @Test
    void careRegionsStatedInThePlansHoldTheirMunicipalities() {
        assertThat(catalog.careRegion("Midden-IJssel").orElseThrow().municipalities())
                .extracting(Municipality::name).containsExactly("Deventer", "Olst-Wijhe", "Raalte", "Voorst");
        assertThat(catalog.careRegion("Flevoland").orElseThrow().municipalities()).extracting(Municipality::name)
                .containsExactlyInAnyOrder("Almere", "Dronten", "Lelystad", "Noordoostpolder", "Urk", "Zeewolde");
        assertThat(catalog.careRegion("Achterhoek").orElseThrow().municipalities()).extracting(Municipality::name)
                .contains("Aalten", "Berkelland", "Bronckhorst", "Doetinchem", "Montferland", "Oost Gelre",
                        "Oude IJsselstreek", "Winterswijk");
    }

    @Test
    void findsNamesWrittenWithOtherCaseDiacriticsHyphensOrAliases() {
        assertThat(catalog.municipality("Olst Wijhe")).map(Municipality::name).hasValue("Olst-Wijhe");
        assertThat(catalog.municipality("OOST-GELRE")).map(Municipality::name).hasValue("Oost Gelre");
        assertThat(catalog.municipality("’s-Hertogenbosch")).map(Municipality::name).hasValue("'s-Hertogenbosch");
        assertThat(catalog.municipality("Den Bosch")).map(Municipality::name).hasValue("'s-Hertogenbosch");
        assertThat(catalog.municipality("Den Haag")).map(Municipality::name).hasValue("'s-Gravenhage");
        assertThat(catalog.municipality("Sudwest Fryslan")).map(Municipality::name).hasValue("Súdwest-Fryslân");
        assertThat(catalog.careRegion("midden ijssel")).map(CareRegion::name).hasValue("Midden-IJssel");
        assertThat(catalog.careRegion("Midden-Ĳssel")).map(CareRegion::name).hasValue("Midden-IJssel");
        assertThat(catalog.careRegion("Het Gooi")).map(CareRegion::name).hasValue("'t Gooi");
        assertThat(catalog.province("Friesland")).hasValue("Fryslân");
    }

    @Test
    void doesNotGuessAtAmbiguousOrUnknownNames() {
        assertThat(catalog.municipality("Bergen")).isEmpty();
        assertThat(catalog.municipality("Gemeenten")).isEmpty();
        assertThat(catalog.careRegion("Deventer")).isEmpty();
    }

    @Test
    void mapsAMunicipalityToItsCareRegion() {
        Municipality raalte = catalog.municipality("Raalte").orElseThrow();
        assertThat(catalog.careRegionOf(raalte)).map(CareRegion::name).hasValue("Midden-IJssel");
        assertThat(raalte.province()).isEqualTo("Overijssel");
    }
}
