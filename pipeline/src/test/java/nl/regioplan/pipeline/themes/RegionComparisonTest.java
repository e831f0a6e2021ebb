package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static nl.regioplan.pipeline.themes.SamplePlans.NOORD;
import static nl.regioplan.pipeline.themes.SamplePlans.ZUID;
import static org.assertj.core.api.Assertions.assertThat;

class RegionComparisonTest {
    @TempDir
    Path folder;
    RegionComparison comparison;

    @BeforeEach
    void sample() {
        comparison = RegionComparison.of(PlanDocument.load(SamplePlans.write(folder)), List.of(NOORD, ZUID));
    }

    @Test
    void sharedAndDifferingThemesWithCounts() {
        assertThat(comparison.inAll()).extracting(r -> r.theme().code()).containsExactly("G");
        assertThat(comparison.inSome()).extracting(r -> r.theme().code()).containsExactly("A", "F", "I");
        assertThat(comparison.inNone()).extracting(r -> r.theme().code()).contains("B", "C", "W").doesNotContain("G");
        RegionComparison.ThemeRow g = comparison.inAll().getFirst();
        assertThat(g.byRegion().get(NOORD)).isEqualTo(new RegionComparison.RegionCounts(3, 2, 2025, 2027));
        assertThat(g.byRegion().get(ZUID)).isEqualTo(new RegionComparison.RegionCounts(1, 2, 2025, 2025));
        assertThat(comparison.inSome().get(1).presentIn()).containsExactly(ZUID);
    }

    @Test
    void deadlineYearsSharedByRegionsPerTheme() {
        assertThat(comparison.sharedDeadlines()).hasSize(1);
        RegionComparison.SharedDeadline shared = comparison.sharedDeadlines().getFirst();
        assertThat(shared.theme().code()).isEqualTo("G");
        assertThat(shared.year()).isEqualTo(2025);
        assertThat(shared.targets()).isEqualTo(Map.of(NOORD, 1, ZUID, 1));
    }

    @Test
    void reportNamesTheSharedAndTheDifferingThemes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ComparisonReport.render(comparison, out);
        String text = out.toString(StandardCharsets.UTF_8);
        String all = text.substring(text.indexOf("Themes in all regions"), text.indexOf("Themes in only some"));
        String some = text.substring(text.indexOf("Themes in only some"), text.indexOf("Themes in none"));
        assertThat(all).contains("G Gezond leven en preventie", "3 / 2", "1 / 2").doesNotContain("F Sociaal");
        assertThat(some).contains("A Passende zorg", "F Sociaal domein en ggz", "I Digitalisering");
        assertThat(text).contains("G 2025: Regio Noord (1 target), Regio Zuid (1 target)");
        assertThat(text).containsPattern("G Gezond leven en preventie\\s+2025-2027\\s+2025");
    }
}
