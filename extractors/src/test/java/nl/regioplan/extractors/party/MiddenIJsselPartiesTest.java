package nl.regioplan.extractors.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The organisations of the Midden-IJssel regioplan's "Wie gaat hiermee aan de slag?" sections, listed by
 * reading those sections (../shared/corpus/seeds), and the municipalities of both seed plans' lists.
 */
class MiddenIJsselPartiesTest {
    private static final String SECTION = "Wie gaat hiermee aan de slag?";
    private static final GazetteerPartyFinder FINDER = GazetteerPartyFinder.loadDefault();

    /** Read by hand from the 21 sections; sectors (VVT, GZ, GGZ, welzijn, onderwijs) are not organisations. */
    private static final Set<String> EXPECTED = Set.of(
            GazetteerPartyFinder.COLLECTIVE_MUNICIPALITIES, GazetteerPartyFinder.COLLECTIVE_PROVINCES,
            GazetteerPartyFinder.UNNAMED_GGD, "GGD IJsselland", "Raster Welzijn", "Mens & Welzijn", "De Kern",
            "Sportbedrijf Deventer", "Salland Zorgverzekeraar", "Dimence Groep", "HCDO", "Deventer Ziekenhuis",
            "Proscoop", "Coöperatie Apothekers Deventer en Omstreken", "WGV", "Carinova", "Zorggroep Solis",
            "Paramedisch Platform Salland", "Regionaal Overleg Acute Zorgketen", "Vriendendiensten Deventer", "GEM",
            "Saxion", "Salland United");

    private static Path seed(String name) {
        Path p = Path.of(System.getProperty("regioplan.shared", "../shared"), "corpus/seeds", name);
        assumeTrue(Files.exists(p), "seed " + p + " not found (../shared missing): skipped");
        return p;
    }

    /** The paragraph after each "Wie gaat hiermee aan de slag?" heading. */
    private static List<String> roleSections(Path seed) throws IOException {
        List<String> lines = Files.readAllLines(seed);
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith(SECTION)) continue;
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) j++;
            StringBuilder paragraph = new StringBuilder();
            while (j < lines.size() && !lines.get(j).isBlank()) paragraph.append(lines.get(j++)).append('\n');
            sections.add(paragraph.toString());
        }
        return sections;
    }

    @Test
    void findsAndNormalisesEveryOrganisationOfTheWieGaatHiermeeAanDeSlagSectionsAndNothingElse() throws IOException {
        List<String> sections = roleSections(seed("regioplan-midden-ijssel-2023.txt"));
        assertThat(sections).hasSize(21);
        Set<String> found = new LinkedHashSet<>();
        for (String s : sections) for (PartyMatch m : FINDER.find(s, SECTION)) found.add(m.normalised());
        assertThat(found).containsExactlyInAnyOrderElementsOf(EXPECTED);
    }

    @Test
    void tellsWhoCarriesAndWhoIsInvolved() throws IOException {
        List<String> sections = roleSections(seed("regioplan-midden-ijssel-2023.txt"));
        String initiative = sections.stream().filter(s -> s.contains("Proscoop")).findFirst().orElseThrow();
        List<PartyMatch> found = FINDER.find(initiative, SECTION);
        assertThat(found).filteredOn(m -> m.normalised().equals("Proscoop")).extracting(PartyMatch::role)
                .containsExactly("trekker");
        assertThat(found).filteredOn(m -> m.normalised().equals("Dimence Groep")).extracting(PartyMatch::role)
                .containsExactly("betrokken");
    }

    @Test
    void missesNoMunicipalityOfThePlansMunicipalityLists() throws IOException {
        String mi = Files.readString(seed("regioplan-midden-ijssel-2023.txt"));
        String ah = Files.readString(seed("regioplan-achterhoek-2023.txt"));
        assertThat(municipalitiesIn(mi)).containsExactlyInAnyOrder("Gemeente Deventer", "Gemeente Olst-Wijhe",
                "Gemeente Raalte", "Gemeente Voorst");
        assertThat(municipalitiesIn(ah)).containsExactlyInAnyOrder("Gemeente Aalten", "Gemeente Berkelland",
                "Gemeente Bronckhorst", "Gemeente Doetinchem", "Gemeente Montferland", "Gemeente Oost Gelre",
                "Gemeente Oude IJsselstreek", "Gemeente Winterswijk");
    }

    private static Set<String> municipalitiesIn(String plan) {
        Set<String> found = new LinkedHashSet<>();
        for (String paragraph : plan.split("\n\\s*\n")) {
            for (PartyMatch m : FINDER.find(paragraph, null)) if (m.type().equals("gemeente") && m.normalised().startsWith("Gemeente "))
                found.add(m.normalised());
        }
        return found;
    }
}
