package nl.regioplan.pipeline.themes;

import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurabilityTest {
    private static TargetRecord target(Object deadline, Double quantity, Integer baselineYear, List<String> parties) {
        return new TargetRecord("plan", 3, "outcome", "Doel.", deadline, quantity, quantity == null ? null : "percent",
                null, null, baselineYear, null, false, "Noord", List.of(), parties, null, List.of(3), "rule", 0.9);
    }

    @Test
    void countsTheTargetsWithADeadlineAQuantityABaselineAndAParty() {
        DocumentRecords records = new DocumentRecords("plan", "Noord", List.of(), List.of(
                target(2027, 12.0, 2022, List.of("GGD Noord")),
                target("2025-01-01", null, null, List.of()),
                target(null, null, null, List.of("Gemeente Noord")),
                target(null, 5.0, null, List.of())), List.of(), List.of(), List.of(), List.of());
        PlanDocument d = new PlanDocument(new CatalogEntry("plan", "", "plan.pdf", "Plan Noord", "Noord", "regioplan",
                null, null, null, 10, 0, null), records, "Noord");
        Measurability m = Measurability.of(d);
        assertThat(m.targets()).isEqualTo(4);
        assertThat(m.withDeadline()).isEqualTo(2);
        assertThat(m.withQuantity()).isEqualTo(2);
        assertThat(m.withBaseline()).isEqualTo(1);
        assertThat(m.withParty()).isEqualTo(2);
        assertThat(m.share(m.withDeadline())).isEqualTo(0.5);
        assertThat(Measurability.render(List.of(m))).contains("Noord").contains(" 50%").contains(" 25%");
    }
}
