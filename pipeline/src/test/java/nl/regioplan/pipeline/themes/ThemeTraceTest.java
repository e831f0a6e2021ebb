package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static nl.regioplan.pipeline.themes.SamplePlans.NOORD;
import static nl.regioplan.pipeline.themes.SamplePlans.ZUID;
import static org.assertj.core.api.Assertions.assertThat;

class ThemeTraceTest extends SamplePlansFixture {
    @Test
    void targetsAreOrderedByDeadlineThenRegionWithUndatedLast() {
        ThemeTrace trace = ThemeTrace.of(documents, IzaTheme.require("G"), 3);
        assertThat(trace.targets()).extracting(ThemeTrace.TracedTarget::target).containsExactly(
                SamplePlans.NOORD_BEWEGEN, SamplePlans.ZUID_GALA, SamplePlans.NOORD_ROKEN, SamplePlans.ZUID_ZONDER_DEADLINE);
        assertThat(trace.targets().get(2).reference()).hasToString("noord-plan p. 3, 12");
    }

    @Test
    void aDateDeadlineSortsBeforeTheBareYearItFallsIn() {
        assertThat(Deadlines.sortKey("2025-01-01")).isLessThan(Deadlines.sortKey(2025));
        assertThat(Deadlines.sortKey(2025)).isLessThan(Deadlines.sortKey("2026-01-01"));
        assertThat(Deadlines.sortKey("binnenkort")).isNull();
        assertThat(Deadlines.year("2025-06-30")).isEqualTo(2025);
    }

    @Test
    void keyPassagesPreferMoreEvidenceAndAreLimitedPerRegion() {
        ThemeTrace trace = ThemeTrace.of(documents, IzaTheme.require("G"), 2);
        List<ThemeTrace.KeyPassage> noord = trace.passagesOf(NOORD);
        assertThat(noord).hasSize(2);
        assertThat(noord.getFirst().passage()).isEqualTo(SamplePlans.NOORD_PREVENTIE);
        assertThat(noord.getFirst().evidence()).containsExactly("leefstijl", "preventie");
        assertThat(noord.get(1).passage()).isEqualTo(SamplePlans.NOORD_OVERGEWICHT);
        assertThat(trace.passagesOf(ZUID)).extracting(ThemeTrace.KeyPassage::passage).containsExactly(SamplePlans.ZUID_PREVENTIE);
        assertThat(trace.regions()).as("regions without the theme are listed too").contains(PlanDocument.NATIONAL);
    }

    @Test
    void headingsComeAfterSubstantivePassages() {
        ThemeTrace trace = ThemeTrace.of(documents, IzaTheme.require("I"), 1);
        assertThat(trace.passagesOf(NOORD)).extracting(ThemeTrace.KeyPassage::passage).containsExactly(SamplePlans.NOORD_HYBRIDE_ZORG);
    }

    @Test
    void tableShowsTargetsWithPageReferencesInDeadlineOrder() throws IOException {
        ThemeTrace trace = ThemeTrace.of(documents, IzaTheme.require("G"), 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceFormat.TABLE.render(trace, out);
        String text = out.toString(StandardCharsets.UTF_8);

        assertThat(text).contains("Theme G: Gezond leven en preventie", "noord-bijlage p. 1", "zuid-plan p. 2", "[leefstijl, preventie]");
        assertThat(text.indexOf("Eind 2025 heeft elke gemeente")).isLessThan(text.indexOf("In 2025 is de GALA-aanpak"));
        assertThat(text.indexOf("In 2025 is de GALA-aanpak")).isLessThan(text.indexOf("rookvrije generatie"));
        assertThat(text).doesNotContain("generatie\"\nstaat").as("targets stay on one line");
    }

    @Test
    void csvHasARowPerTargetAndKeyPassage() throws IOException {
        ThemeTrace trace = ThemeTrace.of(documents, IzaTheme.require("G"), 3);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TraceFormat.CSV.render(trace, out);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("theme,region,record,deadline,doc,pages,text,evidence\r\n")
                .contains("G,Regio Noord,target,2027,noord-plan,3|12,")
                .contains("G,Regio Noord,passage,,noord-plan,3,Wij zetten in op leefstijl en preventie; samen met gemeenten.,leefstijl|preventie");
    }
}
