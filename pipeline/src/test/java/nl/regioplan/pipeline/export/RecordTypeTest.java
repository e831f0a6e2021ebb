package nl.regioplan.pipeline.export;

import com.fasterxml.jackson.databind.JsonNode;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.SamplePlans;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordTypeTest {
    @Test
    void everyTypesColumnsAreItsJsonFieldNamesInOrder() {
        DocumentRecords noord = SamplePlans.NOORD_PLAN;
        for (RecordType type : RecordType.values()) {
            Object record = type.table().recordsOf(noord).getFirst();
            JsonNode json = DataStore.json().valueToTree(record);
            List<String> fields = new ArrayList<>();
            json.fieldNames().forEachRemaining(fields::add);
            assertThat(type.table().header()).as(type.label()).containsExactlyElementsOf(fields);
        }
    }

    @Test
    void rowCellsHoldTheJsonValues() {
        for (RecordType type : RecordType.values()) {
            Object record = type.table().recordsOf(SamplePlans.NOORD_PLAN).getFirst();
            JsonNode json = DataStore.json().valueToTree(record);
            List<Object> row = type.table().row(record);
            List<String> header = type.table().header();
            for (int i = 0; i < header.size(); i++) {
                JsonNode field = json.get(header.get(i));
                Object cell = row.get(i);
                if (field.isNull()) assertThat((Object) cell).as(header.get(i)).isNull();
                else assertThat((JsonNode) DataStore.json().valueToTree(cell)).as(type.label() + "." + header.get(i)).isEqualTo(field);
            }
        }
    }

    @Test
    void filesGetATargetsDeadlineAsAWholeYearAndAnIsoDateColumnAndEveryOtherColumnAsInTheJson() {
        List<String> header = RecordType.TARGETS.typedTable().header();
        List<String> json = new ArrayList<>(RecordType.TARGETS.table().header());
        json.set(json.indexOf("deadline"), "deadline_year");
        json.add(json.indexOf("deadline_year") + 1, "deadline_date");
        assertThat(header).isEqualTo(json);
        int year = header.indexOf("deadline_year");
        int date = header.indexOf("deadline_date");
        List<Object> roken = RecordType.TARGETS.typedTable().row(SamplePlans.NOORD_ROKEN);
        assertThat(roken.get(year)).isEqualTo(2027);
        assertThat(roken.get(date)).isNull();
        List<Object> hybride = RecordType.TARGETS.typedTable().row(SamplePlans.NOORD_HYBRIDE);
        assertThat(hybride.get(year)).isEqualTo(2025);
        assertThat(hybride.get(date)).isEqualTo("2025-01-01");
        for (RecordType type : RecordType.values())
            if (type != RecordType.TARGETS) assertThat(type.typedTable()).as(type.label()).isSameAs(type.table());
    }

    @Test
    void allMeansEveryTypeAndUnknownTypesAreNamed() {
        assertThat(RecordType.parse("all")).containsExactly(RecordType.values());
        assertThat(RecordType.parse("Targets")).containsExactly(RecordType.TARGETS);
        assertThatThrownBy(() -> RecordType.parse("doelen")).hasMessageContaining("'doelen'").hasMessageContaining("targets");
    }
}
