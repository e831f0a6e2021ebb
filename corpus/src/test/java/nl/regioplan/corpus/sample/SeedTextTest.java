package nl.regioplan.corpus.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeedTextTest {

    private static List<Paragraph> onlyPage(String text) {
        List<SeedPage> pages = SeedText.parse(text);
        assertThat(pages).hasSize(1);
        return pages.getFirst().paragraphs();
    }

    @Test
    void aLineStartingWithOneSpaceBeginsANewPage() {
        List<SeedPage> pages = SeedText.parse(" Eerste pagina\n\nTekst.\n Tweede pagina\nMeer tekst.\n ");
        assertThat(pages).extracting(SeedPage::number).containsExactly(1, 2);
        assertThat(pages.get(1).paragraphs().getFirst().text()).isEqualTo("Tweede pagina");
    }

    @Test
    void raggedLinesOfOneSentenceAreJoinedAcrossBlankLines() {
        List<Paragraph> paragraphs = onlyPage("""
                 In het Regioplan stellen de Achterhoekse  zorgpartijen, gemeenten, zorgverzekeraar Menzis\s

                en andere maatschappelijke organisaties vast wat de belangrijkste prioritaire opgaven zijn\s

                op basis van de uitgangspunten in het IZA.

                Het Regioplan bestaat uit drie delen:
                """);
        assertThat(paragraphs).containsExactly(
                new Paragraph(ParagraphKind.PARAGRAPH, "In het Regioplan stellen de Achterhoekse zorgpartijen, "
                        + "gemeenten, zorgverzekeraar Menzis en andere maatschappelijke organisaties vast wat de "
                        + "belangrijkste prioritaire opgaven zijn op basis van de uitgangspunten in het IZA."),
                new Paragraph(ParagraphKind.PARAGRAPH, "Het Regioplan bestaat uit drie delen:"));
    }

    @Test
    void aFilledLineContinuesIntoACapitalisedOrNumericLine() {
        List<Paragraph> paragraphs = onlyPage("""
                 Op 16 november 2022 werd het Integraal Zorgakkoord (IZA) ondertekend door\s

                13 landelijke partijen uit de zorg, VNG en VWS.
                """);
        assertThat(paragraphs).extracting(Paragraph::text).containsExactly(
                "Op 16 november 2022 werd het Integraal Zorgakkoord (IZA) ondertekend door 13 landelijke partijen "
                        + "uit de zorg, VNG en VWS.");
    }

    @Test
    void shortLinesWithoutClosingMarkAreHeadingsAndStayApart() {
        List<Paragraph> paragraphs = onlyPage("""
                 Contactpersonen

                Sabine de Roos
                Programmamanager Zorg
                Dit is een zin.
                Hoe bereiken we dit?
                """);
        assertThat(paragraphs).extracting(Paragraph::kind).containsExactly(ParagraphKind.HEADING,
                ParagraphKind.HEADING, ParagraphKind.HEADING, ParagraphKind.PARAGRAPH, ParagraphKind.HEADING);
    }

    @Test
    void bulletsBecomeListItemsWithoutTheirMarkerAndKeepTheirWrappedLines() {
        List<Paragraph> paragraphs = onlyPage("""
                 Het Regioplan bestaat uit drie delen:

                Å Regiothemas: De belangrijkste regionale themas.\s

                • Inbreng inwoners: via inwonerparticipatie.\s
                Dit laatste vormt een belangrijk onderdeel.

                - Toelichting opgaven en afspraken
                """);
        assertThat(paragraphs).extracting(Paragraph::kind).containsExactly(ParagraphKind.PARAGRAPH,
                ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM, ParagraphKind.LIST_ITEM);
        assertThat(paragraphs.get(1).text()).isEqualTo("Regiothemas: De belangrijkste regionale themas.");
        assertThat(paragraphs.get(2).text())
                .isEqualTo("Inbreng inwoners: via inwonerparticipatie. Dit laatste vormt een belangrijk onderdeel.");
    }

    @Test
    void anAddressOnItsOwnLineIsNotJoinedToTheLineAbove() {
        assertThat(onlyPage(" Programmamanager Zorg\nzorgtransformatie@salland.nl\n")).extracting(Paragraph::text)
                .containsExactly("Programmamanager Zorg", "zorgtransformatie@salland.nl");
    }

    @Test
    void aBracketedLowerCaseLineContinuesTheItemAbove() {
        List<Paragraph> paragraphs = onlyPage(" • Druk op de GGZ hoog\n\n(wachttijden en zorgkosten)\n");
        assertThat(paragraphs).containsExactly(
                new Paragraph(ParagraphKind.LIST_ITEM, "Druk op de GGZ hoog (wachttijden en zorgkosten)"));
    }

    @Test
    void aLineEndHyphenThatBrokeAWordIsRemoved() {
        assertThat(onlyPage(" • In 2027 is het ziekteverzuim gedaald ten opzichte van het gemiddelde verzuim-\n\n"
                + "percentage zoals weergegeven in het regiobeeld 2023.\n").getFirst().text())
                .endsWith("het gemiddelde verzuimpercentage zoals weergegeven in het regiobeeld 2023.");
    }

    @Test
    void aLineEndHyphenThatBelongsToTheWordStays() {
        String text = onlyPage("""
                 De regio Midden-IJssel bestaat uit vier gemeenten in Oost-
                Nederland, met een kernambitie voor de diverse regio-
                opgaven, een medisch-
                generalistische zorg, 55-
                plussers, de GGZ-
                instellingen en de regio -
                afspraken.
                """).getFirst().text();
        assertThat(text).contains("Oost-Nederland", "regio-opgaven", "medisch-generalistische", "55-plussers",
                "GGZ-instellingen", "regio -afspraken");
    }

    @Test
    void aHyphenFollowedBySpaceIsAnElisionAndKeepsItsSpace() {
        assertThat(onlyPage(" voor toekomstige gezondheids- \nof ouderdomsklachten.\n").getFirst().text())
                .isEqualTo("voor toekomstige gezondheids- of ouderdomsklachten.");
    }

    @Test
    void aHyphenatedWordWrittenWholeElsewhereKeepsItsHyphen() {
        assertThat(onlyPage(" Een zorg-welzijn aanpak en nog een zorg-\nwelzijn aanpak.\n").getFirst().text())
                .contains("nog een zorg-welzijn aanpak.");
    }

    @Test
    void bundledSeedsParseIntoTheirPages() {
        List<SeedPage> middenIJssel = SeedText.fromResource("regioplan-midden-ijssel-2023.txt");
        List<SeedPage> achterhoek = SeedText.fromResource("regioplan-achterhoek-2023.txt");
        assertThat(middenIJssel).hasSize(81);
        assertThat(achterhoek).hasSize(9);
        assertThat(middenIJssel.get(0).paragraphs().getFirst().text()).isEqualTo("Raalte");
        assertThat(middenIJssel.get(1).paragraphs().getFirst().text()).isEqualTo("Integraal Zorgakkoord");
        assertThat(middenIJssel).allSatisfy(page -> assertThat(page.paragraphs())
                .allSatisfy(p -> assertThat(p.text()).isEqualTo(p.text().strip()).doesNotContain("  ", "\n")));
    }
}
