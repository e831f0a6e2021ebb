package nl.regioplan.extractors.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import org.junit.jupiter.api.Test;

class RegionResolverTest {
    private static final RegionResolver RESOLVER = RegionResolver.loadDefault();

    @Test
    void theManifestsRegionWinsAndIsSpelledAsTheCatalogSpellsIt() {
        assertThat(RESOLVER.resolve("midden ijssel", "Regioplan Achterhoek", "Deventer Deventer Deventer"))
                .hasValue(new ResolvedRegion("Midden-IJssel", "manifest", 0));
        assertThat(RESOLVER.resolve("Onbekende Regio", null, (String) null))
                .hasValue(new ResolvedRegion("Onbekende Regio", "manifest", 0));
    }

    @Test
    void takesTheRegionTheTitleNames() {
        assertThat(RESOLVER.resolve(null, "Regioplan Midden-IJssel 2023", "Almere Almere Almere"))
                .hasValue(new ResolvedRegion("Midden-IJssel", "title", 0));
        assertThat(RESOLVER.resolve("", "IZA regioplan regio Het Gooi", (String) null))
                .map(ResolvedRegion::region).hasValue("'t Gooi");
    }

    @Test
    void aTitleWhoseRegionTheTextNeverNamesLosesToTheRegionTheTextClearlyNames() {
        String almere = "Het netwerk in Almere werkt met de huisartsen van Almere. In Almere, Lelystad en Dronten groeit "
                + "de vraag; Almere en Zeewolde volgen.";
        assertThat(RESOLVER.resolve(null, "Netwerk Palliatieve Zorg Zaanstreek Waterland", almere))
                .hasValue(new ResolvedRegion("Flevoland", "text", 7));
        assertThat(RESOLVER.resolve(null, "Netwerk Palliatieve Zorg Zaanstreek Waterland", almere + " Ook Zaanstad doet mee."))
                .map(ResolvedRegion::source).hasValue("title");
    }

    @Test
    void takesTheRegionOfAMunicipalityTheTitleNames() {
        assertThat(RESOLVER.resolve(null, "Plan van aanpak 2024-2026 Brede SPUK/GALA Almere", (String) null))
                .map(ResolvedRegion::region).hasValue("Flevoland");
    }

    @Test
    void elseTakesTheRegionWhoseMunicipalitiesTheTextNamesMost() {
        String text = "In Deventer en Raalte stijgt de zorgvraag. Olst-Wijhe en Voorst volgen. In Zwolle niet.";
        assertThat(RESOLVER.resolve(null, "Regioplan 2023", text))
                .hasValue(new ResolvedRegion("Midden-IJssel", "text", 4));
    }

    @Test
    void needsAMinimumOfEvidenceInTheText() {
        assertThat(RESOLVER.resolve(null, null, "Een project in Deventer.")).isEmpty();
        assertThat(RESOLVER.resolve(null, null, "De best practices van de beek en de sluis.")).isEmpty();
    }

    @Test
    void doesNotTakeALetterheadForTheSubject() {
        String letter = "Den Haag, 8 september 2025. Geachte voorzitter, hierbij bied ik het akkoord aan. "
                + "Postbus 20350, 2500 EJ Den Haag. www.rijksoverheid.nl, Den Haag.";
        assertThat(RESOLVER.resolve(null, null, letter)).isEmpty();
    }

    @Test
    void doesNotTakeAFewPlaceNamesInALongTextForItsSubject() {
        String longText = "Deventer, Raalte en Voorst. " + "Landelijke afspraken over zorg en welzijn. ".repeat(500);
        assertThat(RESOLVER.resolve(null, null, longText)).isEmpty();
    }

    @Test
    void givesNoRegionWhenTheTextIsAboutSeveralEqually() {
        assertThat(RESOLVER.resolve(null, null, "Almere, Lelystad, Dronten, Deventer, Raalte en Voorst.")).isEmpty();
    }

    @Test
    void readsTheTextOfAllPagesOfADocument() {
        DocumentText doc = new DocumentText("x", "0", null, List.of(
                new PageText(1, List.of(new Block(BlockKind.PARAGRAPH, "Twente en Enschede")), false, null),
                new PageText(2, List.of(new Block(BlockKind.PARAGRAPH, "Hengelo en Almelo")), false, null)));
        assertThat(RESOLVER.resolve(null, null, doc)).map(ResolvedRegion::region).hasValue("Twente");
    }

    @Test
    void findsTheRegionOfEachSeedPlanFromItsTextAlone() throws Exception {
        Path seeds = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus/seeds");
        assumeTrue(Files.isDirectory(seeds), "seeds not found at " + seeds + " (../shared missing): skipped");
        assertThat(RESOLVER.resolve(null, null, Files.readString(seeds.resolve("regioplan-midden-ijssel-2023.txt"))))
                .map(ResolvedRegion::region).hasValue("Midden-IJssel");
        assertThat(RESOLVER.resolve(null, null, Files.readString(seeds.resolve("regioplan-achterhoek-2023.txt"))))
                .map(ResolvedRegion::region).hasValue("Achterhoek");
    }
}
