package nl.regioplan.pipeline.store;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.regioplan.extractors.records.DocumentRecords;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a data folder holds: the shape of {@code regioplan status --json}. */
public record DataStatus(int documents, int pages, @JsonProperty("ocr_pages") int ocrPages, Map<String, Long> records,
                         List<QuarantineEntry> quarantined) {

    public static DataStatus of(DataStore store) {
        List<CatalogEntry> catalog = store.catalog();
        Map<String, Long> records = new LinkedHashMap<>();
        for (String type : List.of("targets", "percentages", "years", "parties", "themes", "passages")) records.put(type, 0L);
        for (CatalogEntry entry : catalog) {
            store.records(entry.doc()).ifPresent(r -> add(records, r));
        }
        return new DataStatus(catalog.size(), catalog.stream().mapToInt(CatalogEntry::pages).sum(),
                catalog.stream().mapToInt(CatalogEntry::ocrPages).sum(), records, store.quarantined());
    }

    private static void add(Map<String, Long> counts, DocumentRecords r) {
        counts.merge("targets", (long) r.targets().size(), Long::sum);
        counts.merge("percentages", (long) r.percentages().size(), Long::sum);
        counts.merge("years", (long) r.years().size(), Long::sum);
        counts.merge("parties", (long) r.parties().size(), Long::sum);
        counts.merge("themes", (long) r.themes().size(), Long::sum);
        counts.merge("passages", (long) r.passages().size(), Long::sum);
    }
}
