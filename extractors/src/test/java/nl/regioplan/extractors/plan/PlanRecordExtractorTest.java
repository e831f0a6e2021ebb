package nl.regioplan.extractors.plan;

import nl.regioplan.extractors.party.PartyMatch;
import nl.regioplan.extractors.records.DocumentContext;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.extractors.text.Block;
import nl.regioplan.extractors.block.BlockKind;
import nl.regioplan.extractors.text.DocumentMetadata;
import nl.regioplan.extractors.text.DocumentText;
import nl.regioplan.extractors.text.PageText;
import nl.regioplan.extractors.theme.ThemeMatch;
import nl.regioplan.extractors.theme.ThemeTagger;
import nl.regioplan.extractors.theme.ThemeReading;
import nl.regioplan.extractors.theme.LexiconThemeTagger;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class PlanRecordExtractorTest {
    private static final String GOAL = "In 2027 heeft minder dan 40% van de ouderen last van eenzaamheid.";

    /** Fakes: a theme for anything about "eenzaamheid", a party wherever "GGD" is named. */
    private final PlanRecordExtractor extractor = new PlanRecordExtractor(
            text -> text.contains("eenzaamheid") ? List.of(new ThemeMatch("MW", "Mentaal welbevinden", List.of("eenzaamheid")))
                    : List.of(),
            (text, sentences, section) -> text.contains("GGD") ? List.of(new PartyMatch("GGD", "GGD Noord", "ggd", null)) : List.of());

    private static Block h(String text) {
        return new Block(BlockKind.HEADING, text);
    }

    private static Block p(String text) {
        return new Block(BlockKind.PARAGRAPH, text);
    }

    private static Block li(String text) {
        return new Block(BlockKind.LIST_ITEM, text);
    }

    private static DocumentText doc(PageText... pages) {
        return new DocumentText("plan-noord-2023", "", new DocumentMetadata("Plan", null, null, null, null, pages.length),
                List.of(pages));
    }

    private DocumentRecords run(DocumentText text) {
        return extractor.extract(text, new DocumentContext("plan-noord-2023", "Plan Noord", "Noord"));
    }

    @Test
    void aTargetRepeatedInSummaryAndChapterIsOneRecordWithBothPages() {
        DocumentRecords r = run(doc(
                new PageText(2, List.of(h("Samenvatting"), li(GOAL)), false, null),
                new PageText(9, List.of(h("Mentaal welbevinden"), h("Doelstellingen"), li(GOAL)), false, null)));
        assertThat(r.targets()).hasSize(1);
        TargetRecord t = r.targets().getFirst();
        assertThat(t.page()).isEqualTo(2);
        assertThat(t.pages()).containsExactly(2, 9);
        assertThat(t.region()).isEqualTo("Noord");
        assertThat(t.themes()).containsExactly("MW");
        assertThat(t.method()).isEqualTo("rule");
        assertThat(t.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void aNumberedItemsTargetIsItsStatementWithoutTheNumber() {
        DocumentRecords r = run(doc(new PageText(4, List.of(h("Doelstellingen"), li("2. " + GOAL)), false, null)));
        assertThat(r.targets()).extracting(TargetRecord::text).containsExactly(GOAL);
        assertThat(r.passages()).anySatisfy(passage -> assertThat(passage.text()).contains("2. " + GOAL));
    }

    @Test
    void sectionsFollowTheHeadingsAndAPageTitleResetsThem() {
        DocumentRecords r = run(doc(
                new PageText(1, List.of(h("Mentaal welbevinden"), h("Doelstellingen"), li(GOAL)), false, null),
                new PageText(2, List.of(h("Werkagenda"), p("De GGD coördineert de aanpak.")), false, null)));
        assertThat(r.targets().getFirst().section()).isEqualTo("Mentaal welbevinden > Doelstellingen");
        PassageRecord last = r.passages().getLast();
        assertThat(last.section()).isEqualTo("Werkagenda");
        assertThat(last.parties()).containsExactly("GGD Noord");
        assertThat(r.parties()).extracting(pr -> pr.page()).containsExactly(2);
    }

    @Test
    void passagesStayWithinABlockAndSplitLongBlocksBetweenSentences() {
        StringBuilder longText = new StringBuilder();
        for (int i = 0; i < 30; i++) longText.append("Zin nummer ").append(i).append(" gaat over de zorg in de wijk. ");
        DocumentRecords r = run(doc(new PageText(1, List.of(h("Titel"), p(longText.toString()), p("Korte alinea.")),
                false, null)));
        List<PassageRecord> passages = r.passages();
        assertThat(passages.size()).isGreaterThan(3);
        assertThat(passages).allSatisfy(ps -> assertThat(ps.text().length()).isLessThanOrEqualTo(PlanRecordExtractor.PASSAGE_CHARS));
        assertThat(passages).filteredOn(ps -> ps.text().contains("Korte alinea")).singleElement()
                .extracting(PassageRecord::text).isEqualTo("Korte alinea.");
        assertThat(passages).filteredOn(ps -> ps.kind().equals("paragraph"))
                .allSatisfy(ps -> assertThat(ps.text()).endsWith("."));
    }

    @Test
    void percentagesAndYearsBecomeMentionsWithRoles() {
        DocumentRecords r = run(doc(new PageText(3, List.of(h("Doelen"), li(GOAL)), false, null)));
        assertThat(r.percentages()).extracting(MentionRecord::value).containsExactly(40.0);
        MentionRecord year = r.years().getFirst();
        assertThat(year.value()).isEqualTo(2027);
        assertThat(year.role()).isEqualTo("deadline");
        assertThat(year.page()).isEqualTo(3);
        assertThat(r.passages()).filteredOn(ps -> ps.text().equals(GOAL)).singleElement()
                .extracting(PassageRecord::years).asList().containsExactly(2027);
    }

    @Test
    void theFromValueOfAPercentageChangeKeepsItsBaselineRole() {
        String change = "In 2027 daalt het aandeel rokers van 20% naar 15%.";
        DocumentRecords r = run(doc(new PageText(2, List.of(h("Doelen"), p(change)), false, null)));
        assertThat(r.percentages()).filteredOn(m -> m.value() == 20.0).singleElement()
                .extracting(MentionRecord::role).isEqualTo("baseline");
        assertThat(r.percentages()).filteredOn(m -> m.value() == 15.0).singleElement()
                .extracting(MentionRecord::role).isNull();
    }

    @Test
    void rowsUnderATimelineLabelTakeItsYear() {
        DocumentRecords r = run(doc(new PageText(7, List.of(h("Werkagenda"), p("Q2 2024"),
                p("Start werkgroep wonen"), p("Regionale woonzorgvisie vastgesteld")), false, null)));
        assertThat(r.targets()).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("milestone");
            assertThat(t.deadline()).isEqualTo(2024);
            assertThat(t.text()).isEqualTo("Regionale woonzorgvisie vastgesteld");
        });
    }

    @Test
    void theParagraphUnderANumberedGoalHeadingSpellsTheGoalOutButNotTheCaseAfterIt() {
        DocumentRecords r = run(doc(new PageText(4, List.of(h("Hoofddoel 3."), h("Voldoende woonplekken in de regio"),
                p("Jongeren met een beperking wonen zelfstandig in hun eigen buurt. We bouwen kleine woonvormen in elke gemeente. "
                        + "Dit geldt ook voor jongeren uit de jeugdzorg. We zoeken naar nieuwe vormen van begeleiding."),
                p("Sinds vorig jaar draait in Emmen een proef met woonbegeleiding op afstand.")), false, null)));
        assertThat(r.targets()).extracting(TargetRecord::text).containsExactly(
                "Jongeren met een beperking wonen zelfstandig in hun eigen buurt.",
                "We bouwen kleine woonvormen in elke gemeente.");
        assertThat(r.targets()).allSatisfy(t -> {
            assertThat(t.kind()).isEqualTo("outcome");
            assertThat(t.deadline()).isNull();
        });
    }

    @Test
    void aGoalTitleSetInTheTextLeadsLikeAHeading() {
        DocumentRecords r = run(doc(new PageText(3, List.of(h("Uitvoering"), p("Hoofddoel 1."),
                p("Elke inwoner vindt binnen een week hulp bij geldzorgen. Hoofddoel 2."),
                p("Voldoende betaalbare woningen voor starters."),
                p("In de volgende hoofdstukken staat hoe de gemeenten dit aanpakken.")), false, null)));
        assertThat(r.targets()).extracting(TargetRecord::text).containsExactly(
                "Elke inwoner vindt binnen een week hulp bij geldzorgen.", "Voldoende betaalbare woningen voor starters.");
    }

    @Test
    void prosUnderAGeneralGoalsQuestionOrAboutTheDocumentIsNoTarget() {
        DocumentRecords r = run(doc(new PageText(2, List.of(h("Wat willen we bereiken?"),
                p("We willen dat de zorg in de wijk dichtbij en samenhangend is georganiseerd."),
                h("Doel"), p("Dit stuk beschrijft de afspraken van de regio en hoe we die bewaken.")), false, null)));
        assertThat(r.targets()).isEmpty();
    }

    @Test
    void resultsAreTheSameFromManyThreads() throws Exception {
        DocumentText text = doc(new PageText(1, List.of(h("Doelen"), li(GOAL), p("De GGD helpt.")), false, null),
                new PageText(2, List.of(h("Werkagenda"), p("In 2025 is in elke gemeente een wijkteam ingericht.")),
                        false, null));
        DocumentRecords expected = run(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DocumentRecords>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> run(text)));
            for (Future<DocumentRecords> f : futures) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void eachSentenceIsReadForThemesOnceAndItsPassageAndTargetAgreeWithTaggingTheirText() {
        LexiconThemeTagger lexicon = LexiconThemeTagger.loadDefault();
        List<String> read = new java.util.concurrent.CopyOnWriteArrayList<>();
        ThemeTagger counting = new ThemeTagger() {
            @Override
            public List<ThemeMatch> tag(String text) {
                read.add(text);
                return lexicon.tag(text);
            }

            @Override
            public ThemeReading read(String text) {
                read.add(text);
                return lexicon.read(text);
            }

            @Override
            public List<ThemeMatch> tag(ThemeReading reading) {
                return lexicon.tag(reading);
            }
        };
        String first = "We verkorten de wachttijden in de ggz.";
        String goal = "In 2026 wachten cliënten met psychische klachten minder dan 4 weken op de ggz.";
        DocumentRecords r = new PlanRecordExtractor(counting, (text, sentences, section) -> List.of())
                .extract(doc(new PageText(3, List.of(h("Werkagenda"), p(first + " " + goal)), false, null)),
                        new DocumentContext("plan-noord-2023", "Plan Noord", "Noord"));

        assertThat(r.targets()).extracting(TargetRecord::text).containsExactly(goal);
        // one reading per sentence (a heading is a passage too), none again for the passage or the target
        assertThat(read).containsExactly("Werkagenda", first, goal);
        PassageRecord passage = r.passages().getLast();
        assertThat(passage.themes()).isEqualTo(codes(lexicon.tag(passage.text())));
        assertThat(r.targets().getFirst().themes()).isEqualTo(codes(lexicon.tag(goal))).isNotEmpty();
    }

    private static List<String> codes(List<ThemeMatch> matches) {
        return matches.stream().map(ThemeMatch::code).distinct().toList();
    }
}
