package nl.regioplan.index.analysis;

import static nl.regioplan.index.analysis.AnalyzedIndex.finds;
import static nl.regioplan.index.analysis.AnalyzedIndex.terms;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchAnalyzerTest {

    @Test
    void personeelFindsCompoundsWithPersoneelAsHeadOrTail() {
        assertThat(finds("personeel", "Het zorgpersoneel is schaars.")).isTrue();
        assertThat(finds("personeel", "Het personeelstekort groeit.")).isTrue();
    }

    @Test
    void tekortenFindsArbeidsmarkttekorten() {
        assertThat(finds("tekorten", "De arbeidsmarkttekorten nemen toe.")).isTrue();
        assertThat(finds("tekort", "De arbeidsmarkttekorten nemen toe.")).isTrue();
    }

    @Test
    void aCompoundQueryStaysPreciseAndDoesNotMatchItsParts() {
        assertThat(finds("zorgpersoneel", "Het personeel in de zorg.")).isFalse();
        assertThat(finds("zorgpersoneel", "Meer zorgpersoneel nodig.")).isTrue();
    }

    @Test
    void shortWordsAreNotSplitIntoNoise() {
        // "huis" and "arts" are listed parts, but "thuis" is below the minimum word length for splitting.
        assertThat(finds("huis", "Zorg thuis.")).isFalse();
        assertThat(finds("huisarts", "Samen met de huisartsenpost.")).isTrue();
    }

    @Test
    void aPartHiddenInsideAnUnrelatedWordDoesNotMatch() {
        assertThat(finds("raad", "De vaccinatiegraad stijgt.")).isFalse();
        assertThat(finds("land", "Het overleg is ingepland.")).isFalse();
        assertThat(finds("werk", "Dat is daadwerkelijk gebeurd.")).isFalse();
        assertThat(finds("huis", "Hulp bij thuisloosheid.")).isFalse();
    }

    @Test
    void pluralAndSingularShareAStem() {
        assertThat(finds("wachttijd", "De wachttijden in de ggz.")).isTrue();
        assertThat(finds("wachttijden", "Een wachttijd van zes weken.")).isTrue();
        assertThat(terms(DutchAnalyzer.forIndex(), "wachttijden")).contains(terms(DutchAnalyzer.forIndex(), "wachttijd").getFirst());
    }

    @Test
    void pluralsSnowballStemsApartStillFindTheirSingular() {
        assertThat(finds("huisarts", "Samen met de huisartsen.")).isTrue();
        assertThat(finds("ziekenhuis", "De ziekenhuizen in de regio.")).isTrue();
        assertThat(finds("regioplan", "Alle regioplannen zijn ingediend.")).isTrue();
        assertThat(finds("mogelijkheid", "Er zijn mogelijkheden.")).isTrue();
        assertThat(finds("verpleeghuis", "Wonen in verpleeghuizen.")).isTrue();
    }

    @Test
    void diacriticsAreFoldedBothWays() {
        assertThat(finds("clienten", "Aantal cliënten met een indicatie.")).isTrue();
        assertThat(finds("cliënten", "Aantal clienten met een indicatie.")).isTrue();
        assertThat(finds("exact", "clienten", "Aantal cliënten.")).isTrue();
        assertThat(finds("bijdrage", "Een eigen bĳdrage.")).isTrue();
    }

    @Test
    void softHyphensAndZeroWidthCharactersInsideWordsAreIgnored() {
        assertThat(finds("maatregelen", "Nieuwe maat\u00ADregelen.")).isTrue();
        assertThat(finds("exact", "maatregelen", "Nieuwe maat\u200Bregelen.")).isTrue();
    }

    @Test
    void stopwordsAreNotIndexed() {
        assertThat(terms(DutchAnalyzer.forIndex(), "de zorg en het welzijn")).doesNotContain("de", "en", "het");
    }

    @Test
    void phraseMatchesInOrderOnly() {
        String text = "Wij verminderen de administratieve lasten voor zorgverleners.";
        assertThat(finds("\"administratieve lasten\"", text)).isTrue();
        assertThat(finds("\"lasten administratieve\"", text)).isFalse();
    }

    @Test
    void phraseMatchesAcrossARemovedStopword() {
        assertThat(finds("\"gezond en actief\"", "Het Gezond en Actief Leven Akkoord.")).isTrue();
    }

    @Test
    void exactFieldNeitherStemsNorSplits() {
        ExactAnalyzer exact = new ExactAnalyzer();
        assertThat(terms(exact, "Wachttijden zorgpersoneel")).containsExactly("wachttijden", "zorgpersoneel");
        assertThat(finds("exact", "personeel", "Het zorgpersoneel.")).isFalse();
        assertThat(finds("exact", "wachttijd", "De wachttijden.")).isFalse();
    }
}
