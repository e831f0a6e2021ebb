package nl.regioplan.extractors.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DutchStemmerTest {
    private static String s(String w) {
        return DutchStemmer.foldAndStem(w);
    }

    @Test
    void pluralAndSingularShareAStem() {
        assertThat(s("afspraken")).isEqualTo(s("afspraak"));
        assertThat(s("wachttijden")).isEqualTo(s("wachttijd"));
        assertThat(s("ziekenhuizen")).isEqualTo(s("ziekenhuis"));
        assertThat(s("zorgverzekeraars")).isEqualTo(s("zorgverzekeraar"));
        assertThat(s("regio's")).isEqualTo(s("regio")).isEqualTo(s("regios"));
        assertThat(s("gemeenten")).isEqualTo(s("gemeente"));
        assertThat(s("mantelzorgers")).isEqualTo(s("mantelzorger"));
    }

    @Test
    void inflectedAdjectivesShareAStemWithTheBareForm() {
        assertThat(s("digitale")).isEqualTo(s("digitaal"));
        assertThat(s("financiële")).isEqualTo(s("financieel"));
    }

    @Test
    void foldsCaseDiacriticsAndTheIjLigature() {
        assertThat(s("Zorgcoördinatie")).isEqualTo(s("zorgcoordinatie"));
        assertThat(DutchStemmer.fold("ĳssel")).isEqualTo("ijssel");
        assertThat(s("GGZ")).isEqualTo("ggz");
    }

    @Test
    void leavesWordsEndingInAVowelPlusSAlone() {
        assertThat(s("huis")).isEqualTo("huis");
        assertThat(s("proces")).isEqualTo("proces");
    }
}
