package nl.regioplan.extractors.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LexiconThemeTaggerTest {
    private static final LexiconThemeTagger TAGGER = LexiconThemeTagger.loadDefault();

    /** One passage per theme, in regioplan language, with the codes it may also rightly carry. */
    static Stream<Arguments> passages() {
        return Stream.of(
                Arguments.of("A", "Zorgaanbieders en verzekeraar maken afspraken over gepast gebruik van dure "
                        + "geneesmiddelen en zetten samen beslissen in de spreekkamer centraal.", Set.of()),
                Arguments.of("B", "De partijen stellen op basis van het regiobeeld een regioplan op en richten "
                        + "een governance in voor de samenwerking in de zorgkantoorregio.", Set.of()),
                Arguments.of("C", "Binnen het ROAZ werken de SEH, de huisartsenpost en de ambulancezorg aan "
                        + "één zorgcoördinatiecentrum voor patiënten met een spoedzorgvraag.", Set.of()),
                Arguments.of("D", "Voor hoogcomplexe zorg worden volumenormen gehanteerd; concentratie van "
                        + "behandelingen op minder locaties vraagt een impactanalyse.", Set.of()),
                Arguments.of("E", "We versterken de eerstelijnszorg: huisartsenpraktijken, wijkverpleging en "
                        + "apotheken werken samen in een wijkgericht team.", Set.of("W")),
                Arguments.of("F", "De wachttijden in de ggz lopen op. Een verkennend gesprek tussen huisarts, "
                        + "ggz-aanbieder en sociaal domein helpt inwoners met psychische klachten eerder verder.",
                        Set.of("E")),
                Arguments.of("G", "Met een gecombineerde leefstijlinterventie en aandacht voor overgewicht bij "
                        + "kinderen werkt de regio aan preventie en het verkleinen van gezondheidsverschillen.",
                        Set.of()),
                Arguments.of("H", "Door personeelstekorten en hoog verzuim is behoud van medewerkers nodig; "
                        + "minder administratieve lasten geeft zorgprofessionals meer tijd.", Set.of()),
                Arguments.of("I", "Hybride zorg met beeldbellen en thuismonitoring vraagt goede "
                        + "gegevensuitwisseling tussen zorgverleners en een PGO voor de inwoner.", Set.of()),
                Arguments.of("J", "De zorgverzekeraar legt de impactvolle transformaties vast in meerjarige "
                        + "contracten; het inkoopbeleid sluit aan op de regionale contractering.", Set.of("B")),
                Arguments.of("K", "De transformatiemiddelen en de middelen uit de SPUK worden ingezet voor "
                        + "structurele financiering; de begroting telt 2,5 miljoen euro.", Set.of()),
                Arguments.of("L", "Met een nulmeting en een set indicatoren wordt de voortgang gevolgd; de "
                        + "monitoring wordt jaarlijks gerapporteerd op een dashboard.", Set.of()),
                Arguments.of("W", "Door de vergrijzing stijgt het aantal ouderen met dementie; zorgzame "
                        + "gemeenschappen en mantelzorgers helpen senioren langer thuis te wonen.", Set.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("passages")
    void tagsAPassageWithItsThemeAndNotWithUnrelatedOnes(String code, String passage, Set<String> alsoAllowed) {
        List<ThemeMatch> matches = TAGGER.tag(passage);
        assertThat(matches).extracting(ThemeMatch::code).contains(code);
        assertThat(matches.get(0).code()).as("strongest theme of %s", matches).isEqualTo(code);
        for (ThemeMatch m : matches)
            assertThat(m.code()).as("unrelated theme in %s", matches).isIn(union(code, alsoAllowed));
    }

    private static Set<String> union(String code, Set<String> more) {
        return Stream.concat(Stream.of(code), more.stream()).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void returnsTheLabelAndTheTermsThatTriggeredTheTheme() {
        ThemeMatch c = TAGGER.tag("Het ROAZ maakt afspraken over de acute zorg in de regio.").get(0);
        assertThat(c.code()).isEqualTo("C");
        assertThat(c.label()).isEqualTo("Acute zorg");
        assertThat(c.evidence()).containsExactlyInAnyOrder("roaz", "acute zorg");
    }

    @Test
    void oneWeakWordDoesNotThemeAPassage() {
        assertThat(TAGGER.tag("De voortgang van het project wordt besproken in het overleg.")).isEmpty();
        assertThat(TAGGER.tag("Er is een budget voor koffie en een evaluatie van de dag.")).isEmpty();
    }

    @Test
    void passagesAboutNothingInTheIzaGetNoTheme() {
        assertThat(TAGGER.tag("Het college vergadert op dinsdag in het stadhuis over de nieuwe fietsbrug.")).isEmpty();
        assertThat(TAGGER.tag("")).isEmpty();
        assertThat(TAGGER.tag("Contactpersonen: programmamanager zorg, 06 123 456 78")).isEmpty();
    }

    @Test
    void matchesInflectedFormsAndCapitals() {
        assertThat(TAGGER.tag("MANTELZORGERS en Vergrijzing")).extracting(ThemeMatch::code).containsExactly("W");
        assertThat(TAGGER.tag("De afspraken over spoedeisende hulp")).extracting(ThemeMatch::code).containsExactly("C");
    }

    @Test
    void countsALexiconTermThatIsTheHeadOrAClearPartOfACompound() {
        assertThat(TAGGER.terms("de wachttijdenaanpak")).extracting(LexiconTerm::term).containsExactly("wachttijd");
        assertThat(TAGGER.terms("het zorgpersoneel")).extracting(LexiconTerm::term).containsExactly("personeel");
        assertThat(TAGGER.terms("de preventiecoalitie")).extracting(LexiconTerm::term).containsExactly("preventie");
    }

    @Test
    void shortLexiconWordsDoNotMatchInsideUnrelatedCompounds() {
        // "ouderen" stems to "ouder": inside "ouderavond" it means parents, not older people
        assertThat(TAGGER.terms("de ouderavond op school")).isEmpty();
    }

    @Test
    void theLongestPhraseWinsOverItsFirstWord() {
        assertThat(TAGGER.terms("de acute ggz")).extracting(LexiconTerm::term).containsExactly("acute ggz");
    }
}
