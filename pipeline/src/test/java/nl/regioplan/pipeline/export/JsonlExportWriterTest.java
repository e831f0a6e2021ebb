package nl.regioplan.pipeline.export;

import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.SamplePlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonlExportWriterTest {
    @TempDir
    Path folder;

    @Test
    void eachLineIsOneRecordAsStored() throws IOException {
        List<PlanDocument> documents = PlanDocument.load(SamplePlans.write(folder));
        String jsonl = write(documents, RecordType.PASSAGES);

        String[] lines = jsonl.split("\n");
        assertThat(jsonl).endsWith("\n");
        List<PassageRecord> back = new ArrayList<>();
        for (String line : lines) back.add(DataStore.json().readValue(line, PassageRecord.class));
        assertThat(back).containsExactlyElementsOf(documents.stream().flatMap(d -> d.records().passages().stream()).toList());
    }

    @Test
    void targetsKeepTheSnakeCaseNamesAndTypedValues() throws IOException {
        List<PlanDocument> documents = PlanDocument.load(SamplePlans.write(folder));
        String first = write(documents, RecordType.TARGETS).lines().filter(l -> l.contains("rokers")).findFirst().orElseThrow();

        assertThat(first).contains("\"baseline_value\":31.1", "\"deadline\":2027", "\"source_quoted\":true", "\"themes\":[\"A\",\"G\"]")
                .doesNotContain("\n");
        TargetRecord back = DataStore.json().readValue(first, TargetRecord.class);
        assertThat(back).isEqualTo(SamplePlans.NOORD_ROKEN);
    }

    private static String write(List<PlanDocument> documents, RecordType type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonlExportWriter().write(RecordSelection.select(documents, List.of(type), RecordFilter.NONE), out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
