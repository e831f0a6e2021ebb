package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.SamplePlans;
import nl.regioplan.pipeline.themes.SamplePlansFixture;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordSelectionTest extends SamplePlansFixture {
    @Test
    void regionFilterKeepsOnlyThatRegionIgnoringCase() {
        List<Object> targets = only(RecordType.TARGETS, new RecordFilter("regio zuid", null));
        assertThat(targets).containsExactly(SamplePlans.ZUID_GALA, SamplePlans.ZUID_GGZ, SamplePlans.ZUID_ZONDER_DEADLINE);
    }

    @Test
    void themeFilterKeepsRecordsCarryingTheCodeAmongOthers() {
        List<Object> targets = only(RecordType.TARGETS, new RecordFilter(null, "A"));
        assertThat(targets).containsExactly(SamplePlans.NOORD_ROKEN);
        List<Object> themes = only(RecordType.THEMES, new RecordFilter(null, "G"));
        assertThat(themes).hasSize(2);
    }

    @Test
    void recordsWithoutOwnRegionCountForTheirDocumentsRegion() {
        List<Object> national = only(RecordType.PASSAGES, new RecordFilter(PlanDocument.NATIONAL, null));
        assertThat(national).containsExactly(SamplePlans.NATIONAAL);
        List<Object> unplaced = only(RecordType.PASSAGES, new RecordFilter(PlanDocument.UNKNOWN_REGION, null));
        assertThat(unplaced).containsExactly(SamplePlans.ONGEPLAATST);
    }

    @Test
    void bothFiltersTogether() {
        List<Object> passages = only(RecordType.PASSAGES, new RecordFilter(SamplePlans.NOORD, "G"));
        assertThat(passages).extracting(p -> ((PassageRecord) p).text())
                .containsExactly(SamplePlans.NOORD_BIJLAGE.text(), SamplePlans.NOORD_PREVENTIE.text(), SamplePlans.NOORD_OVERGEWICHT.text());
        assertThat(only(RecordType.TARGETS, new RecordFilter(SamplePlans.ZUID, "I"))).isEmpty();
        assertThat(only(RecordType.TARGETS, RecordFilter.NONE)).extracting(t -> ((TargetRecord) t).doc())
                .as("catalog order, then document order")
                .containsExactly("noord-bijlage", "noord-plan", "noord-plan", "zuid-plan", "zuid-plan", "zuid-plan");
    }

    private List<Object> only(RecordType type, RecordFilter filter) {
        return new java.util.ArrayList<Object>(RecordSelection.select(documents, List.of(type), filter).getFirst().records());
    }
}
