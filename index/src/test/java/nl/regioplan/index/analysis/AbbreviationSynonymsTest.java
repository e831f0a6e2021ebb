package nl.regioplan.index.analysis;

import static nl.regioplan.index.analysis.AnalyzedIndex.finds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AbbreviationSynonymsTest {

    @ParameterizedTest(name = "{0} <-> {1}")
    @CsvSource(delimiter = '|', value = {
            "GGZ | geestelijke gezondheidszorg",
            "VVT | verpleeg- en verzorgingshuizen en thuiszorg",
            "GZ | gehandicaptenzorg",
            "MSZ | medisch-specialistische zorg",
            "SEH | spoedeisende hulp",
            "HAP | huisartsenpost",
            "ROAZ | Regionaal Overleg Acute Zorgketen",
            "Wlz | Wet langdurige zorg",
            "Zvw | Zorgverzekeringswet",
            "Wmo | Wet maatschappelijke ondersteuning",
            "IZA | Integraal Zorgakkoord",
            "GALA | Gezond en Actief Leven Akkoord",
            "WOZO | Wonen, Ondersteuning en Zorg voor Ouderen",
            "TAZ | Toekomstbestendige Arbeidsmarkt Zorg en Welzijn",
            "JGZ | jeugdgezondheidszorg",
            "GGD | Gemeentelijke Gezondheidsdienst",
            "POH | praktijkondersteuner",
            "PGO | persoonlijke gezondheidsomgeving",
            "ACP | advance care planning",
            "SPUK | specifieke uitkering"})
    void abbreviationAndLongFormFindEachOther(String abbreviation, String longForm) {
        assertThat(finds(abbreviation, "In de regio werken wij aan de " + longForm + " samen.")).isTrue();
        assertThat(finds(longForm, "In de regio werken wij aan de " + abbreviation + " samen.")).isTrue();
    }

    @Test
    void aPhraseAroundAnAbbreviationMatchesEitherForm() {
        assertThat(finds("\"ggz instellingen\"", "Wij spreken de GGZ-instellingen aan.")).isTrue();
        assertThat(finds("\"ggz instellingen\"", "de geestelijke gezondheidszorg instellingen")).isTrue();
        assertThat(finds("\"ggz instellingen\"", "instellingen in de ggz")).isFalse();
    }

    @Test
    void aLongFormDoesNotMatchItsWordsScattered() {
        assertThat(finds("WOZO", "Wonen is duur. Ondersteuning en zorg voor jongeren, niet voor ouderen.")).isFalse();
    }
}
