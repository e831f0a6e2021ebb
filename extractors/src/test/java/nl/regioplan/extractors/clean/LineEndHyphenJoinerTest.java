package nl.regioplan.extractors.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineEndHyphenJoinerTest {
    private final LineEndHyphenJoiner joiner = new LineEndHyphenJoiner(Vocabulary.empty());

    @Test
    void joinsAWordBrokenAcrossLines() {
        assertThat(joiner.apply("GGZ-zorg. Bij arbeidsmarkt-\ntekorten is")).isEqualTo("GGZ-zorg. Bij arbeidsmarkttekorten is");
    }

    @Test
    void keepsAnElisionHyphenBeforeEnOfTot() {
        assertThat(joiner.apply("samenwerking tussen zorg-\nen welzijnspartijen")).isEqualTo("samenwerking tussen zorg- en welzijnspartijen");
        assertThat(joiner.apply("opschalings-\nof afschalingsmomenten")).isEqualTo("opschalings- of afschalingsmomenten");
        assertThat(joiner.apply("ouderen-\nt/m jeugdzorg")).isEqualTo("ouderen- t/m jeugdzorg");
    }

    @Test
    void keepsTheHyphenOfNamesAbbreviationsAndNumbers() {
        assertThat(joiner.apply("gemeente Olst-\nWijhe")).isEqualTo("gemeente Olst-Wijhe");
        assertThat(joiner.apply("een GGZ-\ninstelling")).isEqualTo("een GGZ-instelling");
        assertThat(joiner.apply("aantal 65-\nplussers")).isEqualTo("aantal 65-plussers");
        assertThat(joiner.apply("periode 2022-\n2025")).isEqualTo("periode 2022-2025");
        assertThat(joiner.apply("inzet van e-\nhealth")).isEqualTo("inzet van e-health");
    }

    @Test
    void keepsTheHyphenWhereDutchVowelsWouldRunTogether() {
        assertThat(joiner.apply("de regio-\nopgaven")).isEqualTo("de regio-opgaven");
        assertThat(joiner.apply("gericht op de-\nescalatie")).isEqualTo("gericht op de-escalatie");
    }

    @Test
    void followsTheSpellingTheDocumentUsesElsewhere() {
        Vocabulary vocabulary = Vocabulary.of(List.of("de medisch-specialistische zorg en medisch-specialistische hulp"));
        assertThat(new LineEndHyphenJoiner(vocabulary).apply("medisch-\nspecialistische"))
                .isEqualTo("medisch-specialistische");
    }

    @Test
    void removesSoftHyphensInsideAndAtTheEndOfLines() {
        assertThat(joiner.apply("gezond\u00ADheid en zorg\u00AD\nverzekeraar")).isEqualTo("gezondheid en zorgverzekeraar");
    }

    @Test
    void leavesLinesWithoutBrokenWordsAlone() {
        assertThat(joiner.apply("eerste regel\ntweede regel")).isEqualTo("eerste regel\ntweede regel");
    }
}
