package nl.regioplan.pipeline.ingest;

import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The spelling a region already has in the data folder: a manifest that writes "regio noord" where the catalog
 * holds "Regio Noord" gets the catalog's spelling, so the catalog, the records and the index hold one name and
 * every view one row. Regions the region list knows are already spelled its way; this is for the others.
 * Thread-safe; read from the catalog once, then kept up to date by the ingest that holds it.
 */
final class RegionSpellings {
    private final DataStore store;
    private volatile Map<String, String> byKey;

    RegionSpellings(DataStore store) {
        this.store = store;
    }

    /** The catalog's spelling of this region, or the region as given when the catalog has none; null stays null. */
    String of(String region) {
        if (region == null) return null;
        return known().computeIfAbsent(key(region), k -> region.strip());
    }

    private Map<String, String> known() {
        Map<String, String> known = byKey;
        if (known != null) return known;
        synchronized (this) {
            if (byKey == null) {
                Map<String, String> read = new ConcurrentHashMap<>();
                for (CatalogEntry entry : store.catalog()) {
                    if (entry.region() != null && !entry.region().isBlank()) read.putIfAbsent(key(entry.region()), entry.region());
                }
                byKey = read;
            }
            return byKey;
        }
    }

    private static String key(String region) {
        return region.strip().toLowerCase(Locale.ROOT);
    }
}
