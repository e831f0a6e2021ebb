package nl.regioplan.pipeline.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import java.nio.file.Path;
import java.util.List;
import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.MentionRecord;
import nl.regioplan.extractors.records.PassageRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SharedStringsTest {
    @TempDir
    Path dir;

    private static DocumentRecords plan(String doc, String sentence) {
        PassageRecord passage = new PassageRecord(doc, 3, "paragraph", "Wachttijden", sentence, List.of("F"), List.of(),
                List.of(2027), "Flevoland");
        MentionRecord year = new MentionRecord(doc, 3, "year", 2027, null, "2027", "deadline", sentence, "Flevoland",
                "Wachttijden");
        return new DocumentRecords(doc, "Flevoland", List.of(passage), List.of(), List.of(), List.of(year), List.of(), List.of());
    }

    @Test
    void recordsReadForTheReadModelAreTheRecordsWithEachRepeatedStringHeldOnce() {
        DataStore store = new DataStore(dir);
        store.putRecords(plan("plan-a", "In 2027 wacht niemand langer dan vier weken."));
        store.putRecords(plan("plan-b", "In 2027 is de wachttijd gehalveerd."));
        ObjectReader reader = SharedStrings.recordsReader();

        DocumentRecords a = store.records("plan-a", reader).orElseThrow();
        DocumentRecords b = store.records("plan-b", reader).orElseThrow();

        assertThat(a).isEqualTo(store.records("plan-a").orElseThrow());
        assertThat(b).isEqualTo(store.records("plan-b").orElseThrow());
        assertThat(a.years().getFirst().text()).as("a sentence its passage and its year both quote")
                .isSameAs(a.passages().getFirst().text());
        assertThat(a.passages().getFirst().doc()).isSameAs(a.doc());
        assertThat(b.region()).as("across the documents of one read").isSameAs(a.region());
        assertThat(b.passages().getFirst().section()).isSameAs(a.years().getFirst().section());
    }
}
