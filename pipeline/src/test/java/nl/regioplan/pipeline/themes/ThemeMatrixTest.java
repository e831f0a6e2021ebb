package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static nl.regioplan.pipeline.themes.SamplePlans.NOORD;
import static nl.regioplan.pipeline.themes.SamplePlans.ZUID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ThemeMatrixTest {
    @TempDir
    Path folder;
    DataStore store;

    @BeforeEach
    void sample() {
        store = SamplePlans.write(folder);
    }

    @Test
    void aRowPerRegionWithNationalAndUnplacedDocumentsAsRowsOfTheirOwn() {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.PASSAGES);
        assertThat(matrix.regions()).containsExactly(PlanDocument.NATIONAL, NOORD, ZUID, PlanDocument.UNKNOWN_REGION);
        assertThat(matrix.rows().get(1).documents()).isEqualTo(2);
        assertThat(matrix.rows().get(1).pages()).isEqualTo(25);
    }

    @Test
    void aRegionSpelledWithOtherCapitalsJoinsItsRow() {
        store.putRecords(new DocumentRecords("zuid-extra", "regio zuid", List.of(new PassageRecord("zuid-extra", 1, "paragraph",
                null, "Eerstelijnszorg dichtbij.", List.of("E"), List.of(), List.of(), "regio zuid")), List.of(), List.of(),
                List.of(), List.of(), List.of()));
        store.putCatalogEntry(new CatalogEntry("zuid-extra", null, null, "Extra", "REGIO ZUID", "regioplan", null, null, null, 2, 0, null));

        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.PASSAGES);
        assertThat(matrix.regions()).containsExactly(PlanDocument.NATIONAL, NOORD, ZUID, PlanDocument.UNKNOWN_REGION);
        assertThat(matrix.value(ZUID, "E")).isEqualTo(1);
        assertThat(matrix.rows().get(2).documents()).isEqualTo(2);
    }

    @Test
    void everyThemeOfThemesMdIsAColumnEvenWhenNobodyMentionsIt() {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.PASSAGES);
        assertThat(matrix.themes()).extracting(IzaTheme::code)
                .containsExactly("A", "B", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "W");
        assertThat(matrix.rows()).allSatisfy(r -> assertThat(r.values()).hasSize(13));
        assertThat(matrix.value(NOORD, "C")).isZero();
    }

    @Test
    void passagesCountOncePerThemeCodeTheyCarry() {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.PASSAGES);
        assertThat(matrix.value(NOORD, "G")).as("two in the plan, one in the annex").isEqualTo(3);
        assertThat(matrix.value(NOORD, "A")).isEqualTo(1);
        assertThat(matrix.value(NOORD, "I")).as("a passage listing I twice counts once").isEqualTo(2);
        assertThat(matrix.value(ZUID, "G")).isEqualTo(1);
        assertThat(matrix.value(ZUID, "F")).isEqualTo(1);
        assertThat(matrix.value(PlanDocument.NATIONAL, "A")).isEqualTo(1);
        assertThat(matrix.value(PlanDocument.NATIONAL, "B")).isEqualTo(1);
        assertThat(matrix.value(PlanDocument.UNKNOWN_REGION, "W")).isEqualTo(1);
        double total = matrix.rows().stream().flatMap(r -> r.values().stream()).mapToDouble(Double::doubleValue).sum();
        long themedCodes = PlanDocument.load(store).stream().flatMap(d -> d.records().passages().stream())
                .mapToLong(p -> p.themes().stream().distinct().count()).sum();
        assertThat(total).as("the matrix holds every (passage, code) pair once").isEqualTo(themedCodes);
    }

    @Test
    void targetsCountPerThemeCode() {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.TARGETS);
        assertThat(matrix.value(NOORD, "G")).isEqualTo(2);
        assertThat(matrix.value(NOORD, "A")).isEqualTo(1);
        assertThat(matrix.value(NOORD, "I")).isEqualTo(1);
        assertThat(matrix.value(ZUID, "G")).isEqualTo(2);
        assertThat(matrix.value(ZUID, "F")).isEqualTo(1);
        assertThat(matrix.value(PlanDocument.NATIONAL, "A")).isZero();
    }

    @Test
    void shareIsThemedPagesOverTheRegionsPagesAsAPercentage() {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.SHARE);
        assertThat(matrix.value(NOORD, "G")).as("noord-plan p.3 and noord-bijlage p.1 of 25 pages").isCloseTo(8.0, within(1e-9));
        assertThat(matrix.value(NOORD, "I")).as("two passages on one page").isCloseTo(4.0, within(1e-9));
        assertThat(matrix.value(ZUID, "F")).isCloseTo(10.0, within(1e-9));
        assertThat(matrix.value(PlanDocument.UNKNOWN_REGION, "W")).isCloseTo(25.0, within(1e-9));
        assertThat(matrix.format(matrix.value(NOORD, "G"))).isEqualTo("8.0");
    }

    @Test
    void colourKeyStepsAreDistinctWholeNumbersForCounts() {
        assertThat(ThemeMatrix.from(store, ThemeMeasure.PASSAGES).legendValues()).containsExactly(0.0, 1.0, 2.0, 3.0);
        assertThat(ThemeMatrix.from(store, ThemeMeasure.SHARE).legendValues()).containsExactly(0.0, 6.25, 12.5, 18.75, 25.0);
    }

    @Test
    void anEmptyDataFolderGivesAnEmptyMatrixWithAllColumns() {
        ThemeMatrix matrix = ThemeMatrix.from(new DataStore(folder.resolve("leeg")), ThemeMeasure.SHARE);
        assertThat(matrix.rows()).isEmpty();
        assertThat(matrix.themes()).hasSize(13);
        assertThat(matrix.max()).isZero();
    }
}
