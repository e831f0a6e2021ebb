package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.Measurability;
import nl.regioplan.pipeline.themes.PlanDocument;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the catalog, status and targets endpoints answer, read once per state of the data folder instead of once
 * per request (the records of 51 plans are 17 MB of JSON). The state is the catalog and quarantine folders' file
 * names, sizes and modification times: an ingest writes a document's catalog entry last, a removal deletes it, so
 * any change an ingest makes changes the state, and the next request reads the folder again.
 *
 * @param catalog    without file paths
 * @param targets    every target, its region filled from its document when it has none
 * @param matrices   region x theme, each measure; a document without a region is in the Landelijk row
 * @param statusJson and the others: the unfiltered answers, already written (measurability: a row per plan)
 */
record DataSnapshot(Map<String, String> state, List<CatalogEntry> catalog, DataStatus status, List<TargetRecord> targets,
                    Map<ThemeMeasure, ThemeMatrix> matrices, byte[] catalogJson, byte[] statusJson, byte[] targetsJson,
                    byte[] measurabilityJson) {

    /** Holds the last snapshot of one data folder; safe for the server's worker threads. */
    static final class Cache {
        private final DataStore store;
        private volatile DataSnapshot current;

        Cache(DataStore store) {
            this.store = store;
        }

        DataSnapshot get() {
            Map<String, String> state = stateOf(store);
            DataSnapshot snapshot = current;
            if (snapshot != null && snapshot.state().equals(state)) return snapshot;
            synchronized (this) {
                snapshot = current;
                if (snapshot != null && snapshot.state().equals(state)) return snapshot;
                // Read after taking the state: a change made meanwhile gives a newer state next time, never a stale hit.
                snapshot = read(store, state);
                current = snapshot;
                return snapshot;
            }
        }
    }

    static Map<String, String> stateOf(DataStore store) {
        Map<String, String> state = new TreeMap<>();
        addFolder(state, "catalog/", store.root().resolve("catalog"));
        addFolder(state, "quarantine/", store.quarantineDir());
        return state;
    }

    private static void addFolder(Map<String, String> state, String prefix, Path folder) {
        if (!Files.isDirectory(folder)) return;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                try {
                    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                    state.put(prefix + file.getFileName(), a.size() + "@" + a.lastModifiedTime().toMillis() + "/" + a.fileKey());
                } catch (NoSuchFileException gone) {
                    // removed while listing: absent from this state, as it is from the folder
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSnapshot read(DataStore store, Map<String, String> state) {
        // The page knows one row for documents without a region: Landelijk, where the national accords are.
        List<PlanDocument> documents = PlanDocument.load(store).stream().map(d -> d.region().equals(PlanDocument.UNKNOWN_REGION)
                ? new PlanDocument(d.entry(), d.records(), PlanDocument.NATIONAL) : d).toList();
        List<CatalogEntry> catalog = store.catalog();
        List<TargetRecord> targets = new ArrayList<>();
        Map<String, Long> records = new LinkedHashMap<>();
        for (String type : List.of("targets", "percentages", "years", "parties", "themes", "passages")) records.put(type, 0L);
        for (PlanDocument document : documents) {
            DocumentRecords r = document.records();
            records.merge("targets", (long) r.targets().size(), Long::sum);
            records.merge("percentages", (long) r.percentages().size(), Long::sum);
            records.merge("years", (long) r.years().size(), Long::sum);
            records.merge("parties", (long) r.parties().size(), Long::sum);
            records.merge("themes", (long) r.themes().size(), Long::sum);
            records.merge("passages", (long) r.passages().size(), Long::sum);
            for (TargetRecord target : r.targets()) {
                String region = target.region() == null || target.region().isBlank() ? document.region() : target.region();
                targets.add(withRegion(target, region));
            }
        }
        DataStatus status = PublicView.of(new DataStatus(catalog.size(), catalog.stream().mapToInt(CatalogEntry::pages).sum(),
                catalog.stream().mapToInt(CatalogEntry::ocrPages).sum(), records, store.quarantined()));
        List<CatalogEntry> shown = catalog.stream().map(PublicView::of).toList();
        Map<ThemeMeasure, ThemeMatrix> matrices = new EnumMap<>(ThemeMeasure.class);
        for (ThemeMeasure measure : ThemeMeasure.values()) matrices.put(measure, ThemeMatrix.of(documents, measure));
        return new DataSnapshot(state, shown, status, List.copyOf(targets), matrices, ApiResponse.jsonBytes(shown),
                ApiResponse.jsonBytes(status), ApiResponse.jsonBytes(targets),
                ApiResponse.jsonBytes(Measurability.of(documents)));
    }

    private static TargetRecord withRegion(TargetRecord t, String region) {
        if (region.equals(t.region())) return t;
        return new TargetRecord(t.doc(), t.page(), t.kind(), t.text(), t.deadline(), t.quantity(), t.unit(),
                t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(), t.sourceQuoted(), region, t.themes(),
                t.parties(), t.section(), t.pages(), t.method(), t.confidence());
    }
}
