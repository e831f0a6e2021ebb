package nl.regioplan.extractors.nlp;

import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void aLeadingItemNumberStaysWithTheFirstSentenceOfItsItem() {
        List<Sentence> sentences = splitter.split(new Block(BlockKind.LIST_ITEM,
                "2. Met de huisartsen komen we tot een vaste werkwijze voor verwijzingen. Die werkwijze evalueren we jaarlijks."));
        assertThat(sentences).extracting(Sentence::text).containsExactly(
                "2. Met de huisartsen komen we tot een vaste werkwijze voor verwijzingen.",
                "Die werkwijze evalueren we jaarlijks.");
    }

    @Test
    void splitsOrdinarySentences() {
        assertThat(texts("De wachttijden lopen op. Daarom werken we samen. Wat is nodig? Meer handen aan het bed!"))
                .containsExactly("De wachttijden lopen op.", "Daarom werken we samen.", "Wat is nodig?",
                        "Meer handen aan het bed!");
    }

    @Test
    void abbreviationsDoNotEndASentence() {
        String text = "Partijen zijn o.a. de GGD en de huisarts. Het gaat m.n. om ouderen, bijv. in de kernen, "
                + "ca. 300 mensen t.o.v. vorig jaar, d.w.z. meer dan ooit. Dit gebeurt i.s.m. drs. Jansen "
                + "(zie nr. 4, incl. bijlagen, resp. tabellen e.d.). De kosten stijgen.";
        assertThat(texts(text)).hasSize(4);
        assertThat(texts(text).get(1)).startsWith("Het gaat m.n. om ouderen").endsWith("meer dan ooit.");
    }

    @Test
    void decimalsAndThousandsDoNotEndASentence() {
        assertThat(texts("Het verzuim daalde van 8,8 naar 3,4% bij 1.500 medewerkers. In 2022 waren er 6.910 cliënten."))
                .containsExactly("Het verzuim daalde van 8,8 naar 3,4% bij 1.500 medewerkers.",
                        "In 2022 waren er 6.910 cliënten.");
    }

    @Test
    void sentenceEndingInAYearIsSplit() {
        assertThat(texts("Het regiobeeld verscheen in juni 2023. Het plan volgt in december 2023. Daarna starten we."))
                .hasSize(3);
    }

    @Test
    void headingsAndTableCellsAreOneUnit() {
        assertThat(splitter.split(new Block(BlockKind.HEADING, "Doel. Aanpak. Resultaat"))).hasSize(1);
        assertThat(splitter.split(new Block(BlockKind.TABLE_CELL, "Start. Einde."))).hasSize(1);
    }

    @Test
    void inlineEnumerationItemsBecomeUnits() {
        List<String> units = texts("We zetten in op drie onderdelen: 1) preventie; 2) een wijkaanpak; "
                + "3) alle partijen zijn in 2025 rookvrij.");
        assertThat(units).containsExactly("We zetten in op drie onderdelen:", "preventie;", "een wijkaanpak;",
                "alle partijen zijn in 2025 rookvrij.");
    }

    @Test
    void anEnumerationItemAfterASentenceBreakIsAUnit() {
        assertThat(texts("Scholen doen mee aan de aanpak; 3) alle partners zijn in 2025 rookvrij."))
                .containsExactly("Scholen doen mee aan de aanpak;", "alle partners zijn in 2025 rookvrij.");
    }

    @Test
    void bulletsStartUnitsEvenWithoutAPeriod() {
        assertThat(texts("• In 2030 zijn de wachttijden binnen de norm\n• In 2027 is het verzuim gedaald\n\uF0B7 Derde punt."))
                .containsExactly("In 2030 zijn de wachttijden binnen de norm", "In 2027 is het verzuim gedaald",
                        "Derde punt.");
    }

    @Test
    void offsetsPointIntoTheNormalisedText() {
        String text = "Eerste   zin.\nTweede zin.";
        Sentence second = splitter.split(text).get(1);
        assertThat(Whitespace.normalise(text).substring(second.start(), second.end())).isEqualTo("Tweede zin.");
    }
}
