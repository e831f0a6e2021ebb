package nl.regioplan.extractors.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.regioplan.extractors.nlp.Sentence;
import org.junit.jupiter.api.Test;

class GazetteerPartyFinderTest {
    private static final GazetteerPartyFinder FINDER = GazetteerPartyFinder.loadDefault();

    private static List<String> normalised(String text) {
        return FINDER.find(text, null).stream().map(PartyMatch::normalised).toList();
    }

    private static PartyMatch only(String text, String section) {
        List<PartyMatch> found = FINDER.find(text, section);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void givesAnAbbreviationItsAliasesAndItsFullNameOneNormalisedName() {
        assertThat(normalised("SZV betaalt mee.")).containsExactly("Salland Zorgverzekeraar");
        assertThat(normalised("Met Salland en de huisartsen.")).containsExactly("Salland Zorgverzekeraar");
        assertThat(normalised("Salland Zorgverzekeraar betaalt mee.")).containsExactly("Salland Zorgverzekeraar");
        assertThat(normalised("De VNG en het ministerie van VWS tekenden.")).containsExactly(
                "Vereniging van Nederlandse Gemeenten", "Ministerie van Volksgezondheid, Welzijn en Sport");
        assertThat(only("Het RIVM publiceert de cijfers.", null).type()).isEqualTo("rijk");
    }

    @Test
    void doesNotTakeARegionNamedLikeAnOrganisationForIt() {
        assertThat(normalised("De regio Salland vergrijst snel.")).isEmpty();
        assertThat(normalised("De regionale projectgroep Acute Zorg Salland overlegt maandelijks.")).isEmpty();
    }

    @Test
    void reportsEachMunicipalityOfAListAfterGemeenten() {
        assertThat(normalised("Salland Zorgverzekeraar en de gemeenten Deventer, Olst-Wijhe, \nRaalte en Voorst."))
                .containsExactly("Salland Zorgverzekeraar", "Gemeente Deventer", "Gemeente Olst-Wijhe",
                        "Gemeente Raalte", "Gemeente Voorst");
        assertThat(normalised("De regio omvat 8 gemeenten: Aalten, Berkelland, Bronckhorst, Doetinchem, "
                + "Montferland, Oost Gelre, Oude IJsselstreek en Winterswijk.")).hasSize(8)
                .contains("Gemeente Oost Gelre", "Gemeente Oude IJsselstreek");
        assertThat(normalised("Coördinerende gemeenten | Deventer en Raalte"))
                .containsExactly("Gemeente Deventer", "Gemeente Raalte");
    }

    @Test
    void reportsAMunicipalityNamedAsGemeenteInAnySpelling() {
        PartyMatch m = only("De gemeente Olst Wijhe subsidieert het project.", null);
        assertThat(m.normalised()).isEqualTo("Gemeente Olst-Wijhe");
        assertThat(m.type()).isEqualTo("gemeente");
        assertThat(only("Namens Gemeente 's-Hertogenbosch tekende de wethouder.", null).normalised())
                .isEqualTo("Gemeente 's-Hertogenbosch");
    }

    @Test
    void doesNotTakeAPlaceForAParty() {
        assertThat(normalised("In Deventer en Zwolle wonen relatief veel studenten.")).isEmpty();
    }

    @Test
    void sectorsAndProgrammesAreNotOrganisations() {
        assertThat(normalised("VVT, GZ en GGZ kampen met tekorten; de HAP en de SEH werken samen.")).isEmpty();
        assertThat(normalised("Het IZA, het GALA en de Wlz vragen een regioplan.")).isEmpty();
    }

    @Test
    void findsOrganisationsByTheWordsTheirNamesAreMadeOf() {
        assertThat(only("Dat doet Zorggroep Noorderlicht.", null))
                .extracting(PartyMatch::normalised, PartyMatch::type).containsExactly("Zorggroep Noorderlicht", "overig");
        assertThat(only("Het Maasland Ziekenhuis opent een spoedpost.", null))
                .extracting(PartyMatch::normalised, PartyMatch::type).containsExactly("Maasland Ziekenhuis", "ziekenhuis");
        assertThat(only("Zij werken met Sportbedrijf Lelystad.", null).type()).isEqualTo("welzijn");
        assertThat(only("Ook de werkgeversvereniging (WGZO) doet mee.", null).normalised()).isEqualTo("WGZO");
        assertThat(normalised("met Fysiotherapeutische Platform Noord en de huisarts"))
                .containsExactly("Fysiotherapeutisch Platform Noord");
    }

    @Test
    void readsTheOrganisationsASectorNounLists() {
        List<PartyMatch> found = FINDER.find("welzijnsorganisaties (Alfa Welzijn, De Brug, Stichting Omzien)", null);
        assertThat(found).extracting(PartyMatch::normalised)
                .containsExactlyInAnyOrder("Alfa Welzijn", "De Brug", "Stichting Omzien");
        assertThat(found).filteredOn(m -> m.normalised().equals("De Brug"))
                .extracting(PartyMatch::type).containsExactly("welzijn");
    }

    @Test
    void theNameFinderFindsWhatGazetteerAndPatternsMiss() {
        String text = "De wijkteams werken samen met Buurtkracht Oosterhout en de huisartsen.";
        assertThat(normalised(text)).contains("Buurtkracht Oosterhout");
        assertThat(GazetteerPartyFinder.withoutNameFinder().find(text, null)).isEmpty();
    }

    @Test
    void theNameFinderDoesNotTakePeopleOrProgrammesForOrganisations() {
        assertThat(normalised("Volgens Hans Everhard van Menzis werkt de aanpak.")).containsExactly("Menzis");
        assertThat(normalised("Het programma Gezonde School loopt met Menzis door.")).containsExactly("Menzis");
    }

    @Test
    void anUnnamedGgdIsTheRegionsGgd() {
        assertThat(only("De GGD voert de monitor uit.", null))
                .extracting(PartyMatch::normalised, PartyMatch::type).containsExactly("GGD (regio)", "ggd");
        assertThat(only("GGD Noord- en Oost-Gelderland voert de monitor uit.", null).normalised())
                .isEqualTo("GGD Noord- en Oost-Gelderland");
    }

    @Test
    void theMunicipalitiesTogetherAreAPartyOnlyWhereTheTextSaysWhoDoesWhat() {
        assertThat(normalised("In de gemeenten wonen 250.000 mensen.")).isEmpty();
        assertThat(only("De gemeenten nemen het initiatief.", null))
                .extracting(PartyMatch::normalised, PartyMatch::role)
                .containsExactly(GazetteerPartyFinder.COLLECTIVE_MUNICIPALITIES, "trekker");
    }

    @Test
    void tellsRolesFromTheSectionAndTheSentence() {
        String section = "Werkpakket Acute zorg > Wie gaat hiermee aan de slag?";
        List<PartyMatch> found = FINDER.find("Carinova en Saxion. Waar nodig wordt afstemming gezocht met "
                + "Isala en de GGD.", section);
        assertThat(found).extracting(PartyMatch::normalised, PartyMatch::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Carinova", "trekker"),
                org.assertj.core.groups.Tuple.tuple("Saxion", "trekker"),
                org.assertj.core.groups.Tuple.tuple("Isala", "betrokken"),
                org.assertj.core.groups.Tuple.tuple("GGD (regio)", "betrokken"));
        assertThat(only("Het project loopt in opdracht van Menzis.", null).role()).isEqualTo("opdrachtgever");
        assertThat(only("Menzis neemt het initiatief.", null).role()).isEqualTo("trekker");
        assertThat(only("Menzis betaalt mee.", null).role()).isNull();
    }

    @Test
    void aCueForTheNextPartyReachesOnlyTheListRightAfterIt() {
        List<PartyMatch> found = FINDER.find("In opdracht van de gemeente Zwolle en de provincie Overijssel voert "
                + "GGD IJsselland de monitor uit.", null);
        assertThat(found).extracting(PartyMatch::normalised, PartyMatch::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Gemeente Zwolle", "opdrachtgever"),
                org.assertj.core.groups.Tuple.tuple("Provincie Overijssel", "opdrachtgever"),
                org.assertj.core.groups.Tuple.tuple("GGD IJsselland", null));
    }

    @Test
    void abbreviationsMustBeWrittenAsAbbreviations() {
        assertThat(normalised("De nza en cz als woorden")).isEmpty();
        assertThat(normalised("De NZa en CZ")).containsExactly("Nederlandse Zorgautoriteit", "CZ");
    }

    @Test
    void reportsEachOrganisationOnceWithItsStrongestRole() {
        List<PartyMatch> found = FINDER.find("Menzis betaalt. Menzis neemt het initiatief.", null);
        assertThat(found).singleElement().extracting(PartyMatch::role).isEqualTo("trekker");
    }

    @Test
    void aPassageTaggedOnceGivesItsPartiesAndTheNamesOfEachSentence() {
        String text = "Menzis betaalt de pilot. De GGD IJsselland en Menzis voeren die uit.";
        List<Sentence> sentences = List.of(
                new Sentence("Menzis betaalt de pilot.", 0, 24),
                new Sentence("De GGD IJsselland en Menzis voeren die uit.", 25, text.length()));
        PartyFinder.Tagged tagged = FINDER.tag(text, sentences, null);
        assertThat(tagged.parties()).isEqualTo(FINDER.find(text, sentences, null));
        assertThat(tagged.namesBySentence()).containsExactly(List.of("Menzis"), List.of("GGD IJsselland", "Menzis"));
    }

    @Test
    void emptyTextHasNoParties() {
        assertThat(FINDER.find("", null)).isEmpty();
        assertThat(FINDER.find(null, "x")).isEmpty();
    }
}
