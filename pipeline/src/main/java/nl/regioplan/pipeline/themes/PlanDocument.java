package nl.regioplan.pipeline.themes;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ingested document with its records and the region it counts for. Exports, matrices, traces and comparisons
 * all group by this region, so they agree with each other on which row a document lands in.
 */
public record PlanDocument(CatalogEntry entry, DocumentRecords records, String region) {
    /** The row of documents that say no region and are not national. */
    public static final String UNKNOWN_REGION = "(onbekend)";
    /** The row of national documents (the accords themselves) that name no region. */
    public static final String NATIONAL = nl.regioplan.pipeline.ingest.RegionOfDocument.NATIONAL;

    /**
     * Every catalogued document that has records, in catalog order. A region spelled with different capitals in
     * different documents is one region, under the spelling most of its documents use (on a tie, capitals first).
     */
    public static List<PlanDocument> load(DataStore store) {
        List<PlanDocument> documents = new ArrayList<>();
        for (CatalogEntry entry : store.catalog())
            store.records(entry.doc()).ifPresent(r -> documents.add(new PlanDocument(entry, r, regionOf(entry, r))));
        Map<String, Map<String, Long>> spellings = documents.stream().collect(Collectors.groupingBy(
                d -> d.region().toLowerCase(Locale.ROOT), Collectors.groupingBy(PlanDocument::region, Collectors.counting())));
        return documents.stream().map(d -> new PlanDocument(d.entry(), d.records(),
                mostUsed(spellings.get(d.region().toLowerCase(Locale.ROOT))))).toList();
    }

    private static String mostUsed(Map<String, Long> spellings) {
        return spellings.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    static String regionOf(CatalogEntry entry, DocumentRecords records) {
        if (records.region() != null && !records.region().isBlank()) return records.region().strip();
        if (entry.region() != null && !entry.region().isBlank()) return entry.region().strip();
        if (entry.type() != null && entry.type().toLowerCase(Locale.ROOT).startsWith("nat")) return NATIONAL;
        return UNKNOWN_REGION;
    }

    public String doc() {
        return entry.doc();
    }

    /** The catalog's page count; when it is missing, the last page any passage stands on. */
    public int pages() {
        if (entry.pages() > 0) return entry.pages();
        return records.passages().stream().mapToInt(PassageRecord::page).max().orElse(0);
    }
}
