package nl.regioplan.extractors.target;

import nl.regioplan.extractors.block.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shapes real plans give their targets, beyond a dated sentence: result lists under a year label, undated
 * goal lists, directional goals, and what stays no target there. Every sentence is written for this test.
 */
class StructuredTargetsTest {
    private static final int PUBLISHED = 2023;
    private final TargetExtractor extractor = new TargetExtractor();

    private static TargetContext item(String heading, String intro, Integer year) {
        return new TargetContext(PUBLISHED, true, null, year, BlockKind.LIST_ITEM, heading, intro, 0);
    }

    private Optional<Target> extract(String sentence, TargetContext context) {
        return extractor.extract(sentence, context);
    }

    @Test
    void anItemOfADatedResultListIsAMilestoneDueInTheLabelsYear() {
        Target t = extract("Er is een regionale werkgroep valpreventie opgericht.",
                item("Resultaten per jaar", "2025", 2025)).orElseThrow();
        assertThat(t.deadline()).isEqualTo(2025);
        assertThat(t.kind()).isEqualTo("milestone");
        assertThat(t.method()).isEqualTo("rule");
    }

    @Test
    void aResultThatNamesAStateIsAnOutcome() {
        Target t = extract("De buurtteams zijn in alle wijken actief en goed vindbaar.",
                item("Resultaten per jaar", "2026", 2026)).orElseThrow();
        assertThat(t.kind()).isEqualTo("outcome");
    }

    @Test
    void aRangeLabelGivesItsLastYearUnlessTheItemNamesItsOwn() {
        assertThat(ContextYear.ofLabel("2024/2025/2026", PUBLISHED)).isEqualTo(2026);
        assertThat(ContextYear.ofLabel("2025-2026", PUBLISHED)).isEqualTo(2026);
        assertThat(ContextYear.ofLabel("2024: Lokaal Preventieakkoord", PUBLISHED)).isEqualTo(2024);
        assertThat(extract("In 2025 is de monitor voor het eerst uitgevoerd.", item("Resultaten", "2024/2025/2026", 2026))
                .orElseThrow().deadline()).isEqualTo(2025);
    }

    @Test
    void headingsThatPlanByYearGiveTheirYear() {
        assertThat(ContextYear.ofHeading("Activiteiten gepland voor 2026", PUBLISHED)).isEqualTo(2026);
        assertThat(ContextYear.ofHeading("Resultaten 2025", PUBLISHED)).isEqualTo(2025);
        assertThat(ContextYear.ofIntro("In 2025 willen we dat:", PUBLISHED)).isEqualTo(2025);
        assertThat(ContextYear.ofIntro("In de periode 2024-2026 zorgen we ervoor dat:", PUBLISHED)).isEqualTo(2026);
        // a year inside the intro, not as its time frame, dates nothing
        assertThat(ContextYear.ofIntro("De speerpunten van het regioplan 2023 zijn:", PUBLISHED)).isNull();
        // history, not a due date; and a heading that does not plan
        assertThat(ContextYear.ofHeading("Resultaten 2021", PUBLISHED)).isNull();
        assertThat(ContextYear.ofHeading("Sterke groei van de bevolking sinds 2015", PUBLISHED)).isNull();
        // the plan's own date on a cover or in a running header
        assertThat(ContextYear.ofHeading("December 2023", PUBLISHED)).isNull();
    }

    @Test
    void progressWithoutAnEndPointConversationsAndHedgesAreNoResult() {
        TargetContext dated = item("Resultaten per jaar", "2024", 2024);
        assertThat(extract("De samenwerking met de huisartsen heeft verder vorm gekregen.", dated)).isEmpty();
        assertThat(extract("De wethouder heeft met de jongerenraad doorgepraat over de plannen.", dated)).isEmpty();
        assertThat(extract("Waar mogelijk zijn kleine verbeteringen al doorgevoerd.", dated)).isEmpty();
        assertThat(extract("De verwachting is dat het aantal aanmeldingen verder stijgt.", dated)).isEmpty();
    }

    @Test
    void aSentenceThatNamesTheGoalInSoManyWordsIsAnOutcome() {
        TargetContext prose = new TargetContext(PUBLISHED, false, null, null, BlockKind.PARAGRAPH, "Pilot thuisbegeleiding", null, 1);
        Target t = extract("Het doel is een vaste contactpersoon voor elke mantelzorger die dat wil.", prose).orElseThrow();
        assertThat(t.kind()).isEqualTo("outcome");
        assertThat(t.method()).isEqualTo("rule");
        assertThat(extract("Met deze proef beogen we dat ouderen langer thuis kunnen blijven wonen.", prose)).isPresent();
        // what the document is for is no commitment of the region
        assertThat(extract("Het doel van deze notitie is om de keuzes van de gemeenten toe te lichten.", prose)).isEmpty();
    }

    @Test
    void aFigureUnderAnIntroThatCommitsIsATargetValue() {
        TargetContext under = new TargetContext(PUBLISHED, false, null, null, BlockKind.PARAGRAPH, "Valpreventie",
                "Het halen van de landelijke streefcijfers, waarbij jaarlijks:", 0);
        Target t = extract("20% van de thuiswonende ouderen een valrisicotest krijgt", under).orElseThrow();
        assertThat(t.quantity()).isEqualTo(20.0);
        assertThat(t.unit()).isEqualTo("percent");
        assertThat(t.comparator()).isEqualTo("eq");
        assertThat(t.kind()).isEqualTo("outcome");
        // the same figure under an intro that only describes is a statistic
        TargetContext described = new TargetContext(PUBLISHED, false, null, null, BlockKind.PARAGRAPH, "Valpreventie",
                "Uit de monitor van vorig jaar blijkt:", 0);
        assertThat(extract("20% van de thuiswonende ouderen een valrisicotest krijgt", described)).isEmpty();
    }

    @Test
    void aLineThatOpensAListIsNoTargetItself() {
        TargetContext dated = item("Resultaten per jaar", "2025", 2025);
        assertThat(extract("Er zijn afspraken gemaakt met de volgende partijen:", dated)).isEmpty();
        assertThat(extract("Er zijn afspraken gemaakt met de huisartsen.", dated)).isPresent();
    }

    @Test
    void ongoingCollaborationIsNoResultEvenInADatedList() {
        TargetContext dated = item("Activiteiten", "2025", 2025);
        assertThat(extract("Er wordt nauw samengewerkt met de wijkteams en de bibliotheek.", dated)).isEmpty();
        assertThat(extract("Er wordt aansluiting gezocht bij het netwerk dementie.", dated)).isEmpty();
    }

    @Test
    void aCountOfMeetingsIsAMilestoneAndANewThingIsAnEvent() {
        TargetContext dated = item("Activiteiten", "2025", 2025);
        assertThat(extract("6 x per jaar komt de werkgroep valpreventie bijeen.", dated).orElseThrow().kind()).isEqualTo("milestone");
        assertThat(extract("Er is een wijkcoach aangesteld die in alle dorpen actief is.", dated).orElseThrow().kind())
                .isEqualTo("milestone");
        assertThat(extract("Het inloopspreekuur is in alle dorpen actief.", dated).orElseThrow().kind()).isEqualTo("outcome");
    }

    @Test
    void anInventoryIsNoGoal() {
        TargetContext goals = item("Doelstellingen", null, null);
        assertThat(extract("3. We inventariseren welke buurtinitiatieven er zijn en stemmen ze op elkaar af.", goals)).isEmpty();
        assertThat(extract("2. Elke buurt heeft een eigen ontmoetingsplek die ook 's avonds open is.", goals)).isPresent();
    }

    @Test
    void aShortActionEndsInItsVerbAndARowFragmentIsNoStatement() {
        TargetContext actions = item("Communicatie", "Actie:", 2025);
        assertThat(extract("Nieuwsbrief elk kwartaal versturen", actions)).isPresent();
        assertThat(extract("Samenwerking en netwerk", actions)).isEmpty();
        // the rest of an item the text stage cut in two
        assertThat(extract("vereist een bredere kennisbasis bij alle partners.", actions)).isEmpty();
    }

    @Test
    void theYearLabelItselfIsNoTarget() {
        assertThat(extract("2025: Lokaal Sportakkoord", item("Resultaten per jaar", null, 2025))).isEmpty();
    }

    @Test
    void anUndatedGoalListItemThatNamesAnEndStateIsAnOutcomeWithoutDeadline() {
        Target t = extract("Elke wijk heeft een herkenbaar steunpunt voor mantelzorgers.",
                item("Doelstellingen", null, null)).orElseThrow();
        assertThat(t.deadline()).isNull();
        assertThat(t.kind()).isEqualTo("outcome");
    }

    @Test
    void aDirectionalChangeInANamedGroupIsAnIncrease() {
        Target t = extract("Meer ouderen weten waar ze terecht kunnen met vragen over dementie.",
                item("Wat willen we bereiken?", null, null)).orElseThrow();
        assertThat(t.comparator()).isEqualTo("increase");
    }

    @Test
    void effortOnAnAbstractQualityIsNoTarget() {
        TargetContext goals = item("(Proces)doelen", null, null);
        assertThat(extract("Het versterken van de samenwerking tussen huisarts en wijkteam.", goals)).isEmpty();
        assertThat(extract("Het verkennen van de mogelijkheden voor een gezamenlijke aanpak.", goals)).isEmpty();
        // the same opening that sets up a lasting structure is a result
        assertThat(extract("Het opzetten van een ketenaanpak voor jongeren met overgewicht.", goals)).isPresent();
    }

    @Test
    void themeLabelsAndTemplateInstructionsAreNoTarget() {
        TargetContext goals = item("Doelen", null, null);
        assertThat(extract("3. Gezond opgroeien", goals)).isEmpty();
        assertThat(extract("Licht kort toe welke resultaten de gemeente nastreeft.", goals)).isEmpty();
    }

    @Test
    void aListOfPeopleIsNoGoalList() {
        // "Doelgroep" is no goals heading: "doel" must stand as a word of its own
        TargetContext people = new TargetContext(PUBLISHED, false, null, null, BlockKind.LIST_ITEM, "Doelgroep", null, 0);
        assertThat(extract("Inwoners van 65 jaar en ouder die zelfstandig wonen.", people)).isEmpty();
    }

    @Test
    void runningProseThatOnlyStatesAnIntentionIsNoTarget() {
        TargetContext prose = new TargetContext(PUBLISHED, true, null, null, BlockKind.PARAGRAPH, "Wat willen we bereiken?", null, 0);
        assertThat(extract("We willen de eenzaamheid onder ouderen verminderen.", prose)).isEmpty();
    }

    @Test
    void statisticsAndForecastsStayNoTargetInAnyContext() {
        TargetContext goals = item("Doelstellingen", null, null);
        assertThat(extract("In 2022 had 18% van de jongeren psychische klachten.", goals)).isEmpty();
        assertThat(extract("Het aantal 75-plussers stijgt naar verwachting met 30% tot 2035.", goals)).isEmpty();
    }

    @Test
    void aRowOfAGoalsTableIsOneTargetWithItsFieldsFromTheColumns() {
        TargetContext row = new TargetContext(PUBLISHED, false, null, null, BlockKind.TABLE_CELL, "Doelen en indicatoren", null, 0);
        Target t = extract("Doel: Minder ouderen vallen thuis | Indicator: valongevallen bij 65-plussers | Streefwaarde: 10% minder"
                + " | Nulmeting: 2022 | Jaar: 2025-2027 | Trekker: GGD", row).orElseThrow();
        assertThat(t.deadline()).isEqualTo(2027);
        assertThat(t.quantity()).isEqualTo(10.0);
        assertThat(t.unit()).isEqualTo("percent");
        assertThat(t.baselineYear()).isEqualTo(2022);
        assertThat(t.kind()).isEqualTo("outcome");
        assertThat(t.method()).isEqualTo("rule");
    }

    @Test
    void aTableWithoutAGoalOrTargetValueColumnHoldsNoTargets() {
        TargetContext row = new TargetContext(PUBLISHED, false, null, null, BlockKind.TABLE_CELL, "Deelnemers", null, 0);
        assertThat(extract("Organisatie: Zorggroep Noord | Rol: deelnemer | Contact: secretariaat", row)).isEmpty();
    }

    @Test
    void theComingYearsAreADeadlineAfterPublicationAndADurationIsNoTargetValue() {
        Target t = extract("Alle wijken groeien in de komende vijf jaar toe naar een voorzieningenniveau volgens de norm.",
                item("Doelstellingen", null, null)).orElseThrow();
        assertThat(t.deadline()).isEqualTo(PUBLISHED + 5);
        assertThat(t.quantity()).isNull();
        Target every = extract("We evalueren het plan eens per twee jaar en sturen waar nodig bij.",
                item("Doelstellingen", null, null)).orElseThrow();
        assertThat(every.quantity()).isNull();
    }
}
