package nl.regioplan.pipeline.store;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.PassageRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * An ingested document with its records and the region it counts for. Search, the web page, exports, matrices,
 * traces and comparisons all take it from the {@link ReadModel}, so they agree on which row a document lands in.
 */
public record PlanDocument(CatalogEntry entry, DocumentRecords records, String region) {
    /** The row of documents that say no region and are not national (only data folders from before regions were decided at ingest). */
    public static final String UNKNOWN_REGION = "(onbekend)";
    /** The region of documents that name none: the national accords and letters. */
    public static final String NATIONAL = "Landelijk";

    /** Every catalogued document that has records, in catalog order: the read model's documents. */
    public static List<PlanDocument> load(DataStore store) {
        return store.readModel().documents();
    }

    /**
     * The region the ingest decided and wrote in the records and the catalog alike; for a document from before
     * that, whichever of them has one, else Landelijk for a national document, else {@link #UNKNOWN_REGION}.
     */
    static String regionOf(CatalogEntry entry, DocumentRecords records) {
        if (records.region() != null && !records.region().isBlank()) return records.region().strip();
        if (entry.region() != null && !entry.region().isBlank()) return entry.region().strip();
        if (entry.type() != null && entry.type().toLowerCase(Locale.ROOT).startsWith("nat")) return NATIONAL;
        return UNKNOWN_REGION;
    }

    /** How many records of each type the document holds: targets, percentages, years, parties, themes, passages. */
    public Map<String, Integer> recordCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("targets", records.targets().size());
        counts.put("percentages", records.percentages().size());
        counts.put("years", records.years().size());
        counts.put("parties", records.parties().size());
        counts.put("themes", records.themes().size());
        counts.put("passages", records.passages().size());
        return counts;
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
