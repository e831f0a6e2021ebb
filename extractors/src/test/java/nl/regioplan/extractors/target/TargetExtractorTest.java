package nl.regioplan.extractors.target;

import nl.regioplan.extractors.block.BlockKind;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for these tests, one per comparator, per kind and per kind of statement that is no target. */
class TargetExtractorTest {
    private static final int PUBLISHED = 2023;
    private final TargetExtractor extractor = new TargetExtractor();

    private Target target(String sentence) {
        Optional<Target> t = extractor.extract(sentence, TargetContext.plain(PUBLISHED));
        assertThat(t).as("a target: %s", sentence).isPresent();
        return t.get();
    }

    private void noTarget(String sentence) {
        assertThat(extractor.extract(sentence, TargetContext.plain(PUBLISHED))).as("no target: %s", sentence).isEmpty();
    }

    @Test
    void lessThan() {
        Target t = target("In 2028 rookt minder dan 12% van de volwassenen in de gemeente.");
        assertThat(t.comparator()).isEqualTo("lt");
        assertThat(t.quantity()).isEqualTo(12);
        assertThat(t.unit()).isEqualTo("percent");
        assertThat(t.deadline()).isEqualTo(2028);
        assertThat(t.kind()).isEqualTo("outcome");
    }

    @Test
    void atMost() {
        Target t = target("In 2026 is het aandeel eenzame ouderen niet toegenomen ten opzichte van 2022.");
        assertThat(t.comparator()).isEqualTo("le");
        assertThat(t.baselineYear()).isEqualTo(2022);
        assertThat(target("In 2027 bedraagt het verzuim maximaal 6%.").comparator()).isEqualTo("le");
    }

    @Test
    void moreThan() {
        Target t = target("In 2030 sporten meer dan 60 procent van de jongeren wekelijks.");
        assertThat(t.comparator()).isEqualTo("gt");
        assertThat(t.quantity()).isEqualTo(60);
    }

    @Test
    void atLeast() {
        Target t = target("Uiterlijk in 2026 zijn ten minste 400 zij-instromers aan het werk in de zorg.");
        assertThat(t.comparator()).isEqualTo("ge");
        assertThat(t.quantity()).isEqualTo(400);
        assertThat(t.unit()).isEqualTo("count");
    }

    @Test
    void equalsACount() {
        Target t = target("Op 1 juli 2025 zijn drie wijkgezondheidscentra geopend.");
        assertThat(t.comparator()).isEqualTo("eq");
        assertThat(t.quantity()).isEqualTo(3);
        assertThat(t.deadline()).isEqualTo("2025-07-01");
    }

    @Test
    void decreaseByAnAmountWithBaseline() {
        Target t = target("In 2027 is het aantal valincidenten met minimaal 10% gedaald ten opzichte van 2022.");
        assertThat(t.comparator()).isEqualTo("decrease");
        assertThat(t.quantity()).isEqualTo(10);
        assertThat(t.baselineYear()).isEqualTo(2022);
    }

    @Test
    void decreaseFromACurrentValue() {
        Target t = target("In 2028 is het verloop onder nieuwe medewerkers afgenomen t.o.v. het huidige percentage van 24%.");
        assertThat(t.comparator()).isEqualTo("decrease");
        assertThat(t.quantity()).isNull();
        assertThat(t.baselineValue()).isEqualTo(24);
        assertThat(t.unit()).isEqualTo("percent");
    }

    @Test
    void increase() {
        Target t = target("In 2030 is het aantal mantelzorgers dat zich gesteund voelt met 15% gestegen.");
        assertThat(t.comparator()).isEqualTo("increase");
        assertThat(t.quantity()).isEqualTo(15);
        assertThat(target("In 2029 worden 20% meer ouderen thuis ondersteund.").comparator()).isEqualTo("increase");
    }

    @Test
    void withinNorm() {
        Target t = target("In 2026 zijn de wachttijden voor de jeugd-GGZ binnen de Treeknorm.");
        assertThat(t.comparator()).isEqualTo("within_norm");
        assertThat(t.quantity()).isNull();
    }

    @Test
    void percentagePoints() {
        Target t = target("In 2027 is het aandeel rokers met 3 procentpunt gedaald.");
        assertThat(t.unit()).isEqualTo("percentage_point");
    }

    @Test
    void fromValueToValue() {
        Target t = target("In 2030 is het percentage inwoners met overgewicht gedaald van 52% naar 45%.");
        assertThat(t.comparator()).isEqualTo("decrease");
        assertThat(t.baselineValue()).isEqualTo(52);
        assertThat(t.quantity()).isEqualTo(45);
    }

    @Test
    void milestoneKind() {
        Target t = target("In 2025 is in elke gemeente een lokaal preventieakkoord vastgesteld.");
        assertThat(t.kind()).isEqualTo("milestone");
        assertThat(target("Het monitoringsplan wordt in 2024 opgeleverd aan de stuurgroep.").kind()).isEqualTo("milestone");
        assertThat(target("In 2024 ontwikkelen we een regionaal monitoringsplan.").kind()).isEqualTo("milestone");
    }

    @Test
    void ambitionKind() {
        Target t = target("In 2035 is onze regio een plek waar iedereen gezond kan opgroeien en oud kan worden.");
        assertThat(t.kind()).isEqualTo("ambition");
        assertThat(t.comparator()).isNull();
    }

    @Test
    void qualitativeOutcomeKind() {
        Target t = target("In 2028 heeft iedere inwoner toegang tot een sociaal wijkteam in de eigen kern.");
        assertThat(t.kind()).isEqualTo("outcome");
        assertThat(t.comparator()).isNull();
    }

    @Test
    void measuredCommitmentWithoutYear() {
        Target t = target("De partijen willen het aantal onnodige SEH-bezoeken met 10% verminderen.");
        assertThat(t.comparator()).isEqualTo("decrease");
        assertThat(t.deadline()).isNull();
    }

    @Test
    void quotedFromANationalAgreement() {
        assertThat(target("Conform het akkoord is in 2026 in elke regio een mentaal gezondheidscentrum ingericht.")
                .sourceQuoted()).isTrue();
        assertThat(target("In 2026 is in elke regio een mentaal gezondheidscentrum ingericht.").sourceQuoted()).isFalse();
    }

    @Test
    void shortFollowUpCarriesThePreviousSentence() {
        Optional<Target> t = extractor.extract("Dit zal in 2025 gebeuren.",
                new TargetContext(PUBLISHED, false, "De taakverdeling tussen de partners wordt vastgelegd.", null));
        assertThat(t).get().extracting(Target::text)
                .isEqualTo("De taakverdeling tussen de partners wordt vastgelegd. Dit zal in 2025 gebeuren.");
    }

    @Test
    void scheduleRowsWithADeliverable() {
        TargetContext row = new TargetContext(PUBLISHED, false, null, 2024);
        assertThat(extractor.extract("Regionaal convenant ondertekend", row)).get()
                .extracting(Target::deadline).isEqualTo(2024);
        assertThat(extractor.extract("Start werkgroep huisvesting", row)).isEmpty();
        assertThat(target("Q2 2025 Oplevering regionale woonzorgvisie").kind()).isEqualTo("milestone");
    }

    @Test
    void aScheduleRowKeepsTheNumberOfThingsItDelivers() {
        TargetContext row = new TargetContext(PUBLISHED, false, null, 2024);
        Target t = extractor.extract("Er zijn drie nieuwe wijkteams gestart in de regio.", row).orElseThrow();
        assertThat(t.kind()).isEqualTo("milestone");
        assertThat(t.quantity()).isEqualTo(3);
        assertThat(t.unit()).isEqualTo("count");
        assertThat(t.comparator()).isEqualTo("eq");
        assertThat(extractor.extract("Regionaal convenant ondertekend", row)).get()
                .extracting(Target::quantity, Target::comparator).containsExactly(null, null);
    }

    @Test
    void aDatedResultNamesAStateOrAnEvent() {
        TargetContext row = new TargetContext(PUBLISHED, true, null, 2024, BlockKind.LIST_ITEM, "Resultaten per jaar", "2024", 0);
        assertThat(extractor.extract("De wijkaanpak is ingevoerd.", row)).get().extracting(Target::kind).isEqualTo("outcome");
        assertThat(extractor.extract("Er zijn wijkcoaches structureel actief in de hele stad.", row)).get()
                .extracting(Target::kind).isEqualTo("outcome");
        assertThat(extractor.extract("Er is een regionaal plan gemaakt.", row)).get().extracting(Target::kind).isEqualTo("milestone");
        assertThat(extractor.extract("Er zijn wijkcoaches aangesteld die structureel actief zijn in de wijk.", row)).get()
                .extracting(Target::kind).isEqualTo("milestone");
        assertThat(extractor.extract("Het convenant is ondertekend.", row)).get().extracting(Target::kind).isEqualTo("milestone");
    }

    @Test
    void aSeasonOrBeginningOpensADueDateAsInDoes() {
        assertThat(target("Begin 2026 starten we met de implementatie van de wijkaanpak in de hele regio.").deadline())
                .isEqualTo(2026);
        assertThat(target("Najaar 2025 hebben de partners een regionaal plan van aanpak vastgesteld.").deadline())
                .isEqualTo(2025);
    }

    @Test
    void twoYearsJoinedByEnAreDueInTheLast() {
        assertThat(target("In 2025 en 2026 zijn in elke wijk drie ontmoetingsplekken geopend.").deadline()).isEqualTo(2026);
        assertThat(target("In 2025 zijn in elke wijk drie ontmoetingsplekken geopend, en in 2027 vijf.").deadline())
                .isEqualTo(2025);
    }

    @Test
    void aChangeAThingIsNamedForIsNotTheTargetsOwn() {
        assertThat(target("In 2025 is er een plan gemaakt voor het terugdringen van eenzaamheid onder ouderen.")
                .comparator()).isNull();
        assertThat(target("In 2025 is de eenzaamheid onder ouderen teruggedrongen.").comparator()).isEqualTo("decrease");
    }

    @Test
    void pastStatisticsAreNoTarget() {
        noTarget("In 2022 betrof het 812 meldingen van huiselijk geweld.");
        noTarget("Ruim 48% van de volwassenen heeft overgewicht.");
    }

    @Test
    void forecastsAreNoTarget() {
        noTarget("De vraag naar wijkverpleging stijgt naar verwachting met 14% tot 2030.");
        noTarget("In 2035 is het aantal 80-plussers naar verwachting verdubbeld.");
        noTarget("Het tekort aan verpleegkundigen zal tussen 2023 en 2030 verder oplopen.");
    }

    @Test
    void processStepsAndVagueIntentionsAreNoTarget() {
        noTarget("In 2024 gaan we hierover verder in gesprek met de partners.");
        noTarget("In 2025 bekijken we opnieuw of de aanpak werkt.");
        noTarget("We willen de samenwerking tussen huisartsen en wijkteams versterken.");
        noTarget("Wat willen we in 2030 bereiken?");
    }

    @Test
    void yearsInAnAsideOrAsANameAreNoDeadline() {
        noTarget("De herijking (in 2026) bepaalt of extra inzet nodig is.");
        noTarget("Het regiobeeld 2026 zal inzicht geven in de voortgang.");
    }

    @Test
    void theSubjectIsANounPhraseOrNothing() {
        assertThat(TargetExtractor.subject("In 2027 heeft minder dan 50% van de jongvolwassenen last van psychische klachten."))
                .startsWith("jongvolwassenen");
        assertThat(TargetExtractor.subject("3. Bestaande wijken groeien toe naar een adequaat voorzieningenniveau."))
                .startsWith("Bestaande wijken");
        assertThat(TargetExtractor.subject("Q4 2026 – Evaluatie van de zorgbemiddeling")).startsWith("Evaluatie");
        assertThat(TargetExtractor.subject("d)")).isNull();
        assertThat(TargetExtractor.subject("16 mei 2024")).isNull();
        assertThat(TargetExtractor.subject("Dit is in 2025 gereed.")).isNull();
    }
}
