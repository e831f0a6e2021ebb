package nl.regioplan.extractors.mention;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder();

    private List<Mention> find(String text) {
        return finder.find(text, 2023);
    }

    private List<Mention> of(String text, MentionType type) {
        return find(text).stream().filter(m -> m.type() == type).toList();
    }

    @Test
    void aBareYearOfPublicationIsADeadlineOnlyWhenThePlanAppearedEarlyInThatYear() {
        String s = "In 2023 starten we in alle wijken met een spreekuur.";
        assertThat(finder.find(s, 2023, true).getFirst().role()).isEqualTo("deadline");
        assertThat(finder.find(s, 2023, false).getFirst().role()).isNotEqualTo("deadline");
        // history stays history, however early the plan appeared
        assertThat(finder.find("In 2021 zijn we gestart met het spreekuur.", 2023, true).getFirst().role())
                .isNotEqualTo("deadline");
    }

    @Test
    void decimalPercentage() {
        Mention m = of("Het verzuim bedroeg 10,2% in de VVT.", MentionType.PERCENTAGE).getFirst();
        assertThat(m.value()).isEqualTo(10.2);
        assertThat(m.unit()).isEqualTo("percent");
        assertThat(m.raw()).isEqualTo("10,2%");
    }

    @Test
    void percentagePointWithHyphen() {
        Mention m = of("De tijd is met minimaal 5%-punt gedaald.", MentionType.PERCENTAGE).getFirst();
        assertThat(m.value()).isEqualTo(5);
        assertThat(m.unit()).isEqualTo("percentage_point");
        assertThat(of("De tijd is met 5%- punt gedaald.", MentionType.PERCENTAGE).getFirst().unit())
                .isEqualTo("percentage_point");
    }

    @Test
    void procentpuntWritten() {
        Mention m = of("Dat is 1,9 procentpunt hoger.", MentionType.PERCENTAGE).getFirst();
        assertThat(m.value()).isEqualTo(1.9);
        assertThat(m.unit()).isEqualTo("percentage_point");
        assertThat(of("Een stijging van 12 procent.", MentionType.PERCENTAGE).getFirst().unit()).isEqualTo("percent");
    }

    @Test
    void qualifiedPercentagesKeepTheirQualifierInRaw() {
        assertThat(of("Ruim 54% heeft overgewicht.", MentionType.PERCENTAGE).getFirst().raw()).isEqualTo("Ruim 54%");
        Mention m = of("Bij bijna 20% van de jongeren.", MentionType.PERCENTAGE).getFirst();
        assertThat(m.raw()).isEqualTo("bijna 20%");
        assertThat(m.value()).isEqualTo(20);
    }

    @Test
    void thousandsSeparatorCounts() {
        Mention m = of("Er is een tekort van 1.500 medewerkers.", MentionType.NUMBER).getFirst();
        assertThat(m.value()).isEqualTo(1500);
        assertThat(m.unit()).isEqualTo("count");
        assertThat(of("In totaal 6.910 cliënten.", MentionType.NUMBER).getFirst().value()).isEqualTo(6910);
    }

    @Test
    void quarterYear() {
        Mention m = of("In Q1 2024 is het plan gereed.", MentionType.YEAR).getFirst();
        assertThat(m.value()).isEqualTo(2024);
        assertThat(m.raw()).isEqualTo("Q1 2024");
        assertThat(m.role()).isEqualTo("deadline");
    }

    @Test
    void fullDateYear() {
        Mention m = of("Op 1 januari 2025 zijn de ketenaanpakken ingericht.", MentionType.YEAR).getFirst();
        assertThat(m.raw()).isEqualTo("1 januari 2025");
        assertThat(m.date()).isEqualTo("2025-01-01");
        assertThat(m.role()).isEqualTo("deadline");
        assertThat(of("Op 1 januari 2025 zijn de ketenaanpakken ingericht.", MentionType.NUMBER)).isEmpty();
    }

    @Test
    void periodWithTot() {
        List<Mention> years = of("De vraag groeit van 2023 tot 2040 sterk.", MentionType.YEAR);
        assertThat(years).extracting(Mention::role).containsExactly("period_start", "period_end");
        assertThat(of("In de periode 2023-2026 is er geld.", MentionType.YEAR)).extracting(Mention::role)
                .containsExactly("period_start", "period_end");
    }

    @Test
    void periodWithTussen() {
        assertThat(of("De prevalentie stijgt tussen 2015 en 2023 met 27,8%.", MentionType.YEAR))
                .extracting(Mention::role).containsExactly("period_start", "period_end");
    }

    @Test
    void fromToValues() {
        List<Mention> numbers = of("Het cijfer daalde van 8,8 naar 3,4 in twee jaar.", MentionType.NUMBER);
        assertThat(numbers).extracting(Mention::value).contains(8.8, 3.4);
        assertThat(numbers.getFirst().role()).isEqualTo("baseline");
    }

    @Test
    void numberWords() {
        assertThat(of("Er zijn vijf ketenaanpakken en twintig teams.", MentionType.NUMBER))
                .extracting(Mention::value).containsExactly(5.0, 20.0);
        Mention half = of("Zelfs de helft van de jongvolwassenen.", MentionType.PERCENTAGE).getFirst();
        assertThat(half.value()).isEqualTo(50);
        assertThat(of("Een regio waar iedereen meedoet.", MentionType.NUMBER)).isEmpty();
    }

    @Test
    void baselineYear() {
        Mention m = of("In 2025 is de tijd met 5%-punt gedaald ten opzichte van 2020.", MentionType.YEAR).get(1);
        assertThat(m.role()).isEqualTo("baseline");
        assertThat(of("Lager dan het aantal cliënten uit 2021.", MentionType.YEAR).getFirst().role())
                .isEqualTo("baseline");
    }

    @Test
    void publicationAndReferenceYears() {
        assertThat(of("Het regiobeeld is in juni 2023 gepubliceerd.", MentionType.YEAR).getFirst().role())
                .isEqualTo("publication");
        assertThat(of("In 2022 betrof het 709 meldingen.", MentionType.YEAR).getFirst().role()).isEqualTo("reference");
    }

    @Test
    void phoneNumbersPostcodesAndUrlsAreNotMentions() {
        assertThat(find("Bel 06 261 563 05 of 0570 123456.")).isEmpty();
        assertThat(find("Het adres is Stationsweg 2, 7411 AB Deventer.")).extracting(Mention::value)
                .containsExactly(2.0);
        assertThat(find("Zie https://example.nl/Regiobeeld%202023.pdf voor 2022/09/16.")).isEmpty();
    }

    @Test
    void footnoteMarkersListNumbersAndPageNumbersAreNotMentions() {
        assertThat(find("Professionals uit de jeugdzorg1,2 en de participatieladder3.")).isEmpty();
        assertThat(find("1. Mentaal welbevinden")).isEmpty();
        assertThat(find("71")).isEmpty();
        assertThat(find("Zie bijlage 3 en hoofdstuk 4.")).isEmpty();
        assertThat(find("Sessies op 21/22 november en 9/10 oktober.")).isEmpty();
    }

    @Test
    void aReferenceNounRightBeforeANumberTakesItWhereverItStandsInTheSentence() {
        assertThat(find("Wat de gemeenten samen gaan doen in de komende periode staat uitgewerkt in Bijlage   7."))
                .extracting(Mention::value).doesNotContain(7.0);
        assertThat(find("Volgens de aanpak uit de bijlage daalt het aantal wachtenden tot 40."))
                .extracting(Mention::value).contains(40.0);
    }

    @Test
    void compoundsAreNumbersWithoutUnitAndNeverPercentages() {
        List<Mention> mentions = find("Een 24-uurssessie voor 65-plussers.");
        assertThat(mentions).extracting(Mention::type).containsOnly(MentionType.NUMBER);
        assertThat(mentions).extracting(Mention::unit).containsOnlyNulls();
    }

    @Test
    void euroAmounts() {
        Mention m = of("Het gaat om € 1,2 mln. per jaar.", MentionType.NUMBER).getFirst();
        assertThat(m.unit()).isEqualTo("euro");
        assertThat(m.value()).isEqualTo(1_200_000);
    }
}
