package nl.regioplan.pipeline.store;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** What a data folder holds: the shape of {@code regioplan status --json}. */
public record DataStatus(int documents, int pages, @JsonProperty("ocr_pages") int ocrPages, Map<String, Long> records,
                         List<QuarantineEntry> quarantined) {

    public static DataStatus of(DataStore store) {
        return store.readModel().status();
    }
}
