package nl.regioplan.pipeline.store;

import com.fasterxml.jackson.databind.ObjectReader;
import nl.regioplan.extractors.records.TargetRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every view of a data folder reads: the catalog, each document with its records and the one region it counts
 * for, every target with its region filled in, and the status counts. Search, the web page, exports, themes,
 * trace and compare all take their documents and regions from here, so they cannot disagree on a row.
 *
 * <p>Read once per state of the data folder ({@link DataStore#readModel()}): the state is the catalog and quarantine
 * folders' file names, sizes and modification times. An ingest writes a document's catalog entry last and a
 * removal deletes it first, so every change an ingest or a removal makes changes the state, and the next read
 * reads the folder again; until then the records (17 MB of JSON for 51 plans) are not read again.
 *
 * @param catalog   every catalog entry, in document id order
 * @param documents the catalogued documents that have records, in catalog order
 * @param targets   every target of those documents, its region its document's when it names none
 */
public record ReadModel(Map<String, String> state, List<CatalogEntry> catalog, List<PlanDocument> documents,
                        List<TargetRecord> targets, DataStatus status) {

    public ReadModel {
        state = Map.copyOf(state);
        catalog = List.copyOf(catalog);
        documents = List.copyOf(documents);
        targets = List.copyOf(targets);
    }

    /** Reads the folder as it is now. */
    static ReadModel read(DataStore store) {
        // Take the state before reading: a change made meanwhile gives a newer state next time, never a stale hit.
        Map<String, String> state = stateOf(store);
        List<CatalogEntry> catalog = store.catalog();
        List<PlanDocument> read = new ArrayList<>();
        ObjectReader records = SharedStrings.recordsReader();
        for (CatalogEntry entry : catalog)
            store.records(entry.doc(), records).ifPresent(r -> read.add(new PlanDocument(entry, r, PlanDocument.regionOf(entry, r))));
        List<PlanDocument> documents = oneSpellingPerRegion(read);
        List<TargetRecord> targets = new ArrayList<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String type : List.of("targets", "percentages", "years", "parties", "themes", "passages")) counts.put(type, 0L);
        for (PlanDocument document : documents) {
            document.recordCounts().forEach((type, n) -> counts.merge(type, (long) n, Long::sum));
            for (TargetRecord target : document.records().targets()) targets.add(withRegion(target, document.region()));
        }
        DataStatus status = new DataStatus(catalog.size(), catalog.stream().mapToInt(CatalogEntry::pages).sum(),
                catalog.stream().mapToInt(CatalogEntry::ocrPages).sum(), counts, store.quarantined());
        return new ReadModel(state, catalog, documents, targets, status);
    }

    /**
     * A region spelled with different capitals in different documents is one region, under the spelling most of
     * its documents use (on a tie, capitals first). The ingest already takes the catalog's spelling for a new
     * document; this keeps folders written before that, or by two documents ingested at once, to one row.
     */
    private static List<PlanDocument> oneSpellingPerRegion(List<PlanDocument> documents) {
        Map<String, Map<String, Long>> spellings = documents.stream().collect(Collectors.groupingBy(
                d -> d.region().toLowerCase(Locale.ROOT), Collectors.groupingBy(PlanDocument::region, Collectors.counting())));
        return documents.stream().map(d -> {
            String region = mostUsed(spellings.get(d.region().toLowerCase(Locale.ROOT)));
            return region.equals(d.region()) ? d : new PlanDocument(d.entry(), d.records(), region);
        }).toList();
    }

    private static String mostUsed(Map<String, Long> spellings) {
        return spellings.entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static TargetRecord withRegion(TargetRecord t, String region) {
        if (t.region() != null && !t.region().isBlank() || region.equals(t.region())) return t;
        return new TargetRecord(t.doc(), t.page(), t.kind(), t.text(), t.deadline(), t.quantity(), t.unit(),
                t.comparator(), t.baselineValue(), t.baselineYear(), t.subject(), t.sourceQuoted(), region, t.themes(),
                t.parties(), t.section(), t.pages(), t.method(), t.confidence());
    }

    /** The region names of the documents, each once. */
    public List<String> regions() {
        return documents.stream().map(PlanDocument::region).distinct().toList();
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

    /**
     * Holds the last read model of one data folder; safe for a server's worker threads. Listing the catalog's files
     * on every request costs one stat per document (about 10 ms at 2,550 documents), so a request first compares
     * the two folders' own modification times: every entry an ingest or a removal writes or deletes is a file
     * created, renamed or removed in one of them, which sets its folder's time to now. That check is trusted only
     * when the times were already {@value #SETTLED_MILLIS} ms old when they were taken before a full listing that
     * matched: a change within the same tick of the file system's clock would leave the time as it was (git's
     * "racily clean" entries). Otherwise, and whenever the times moved, the folders are listed as before.
     */
    static final class Cache {
        static final long SETTLED_MILLIS = 2_000;
        private final DataStore store;
        private volatile ReadModel current;
        /** The folders' times when {@link #current} was last found to be the folder's state, if they had settled. */
        private volatile FolderTimes confirmed;

        Cache(DataStore store) {
            this.store = store;
        }

        ReadModel get() {
            FolderTimes times = FolderTimes.of(store);
            ReadModel model = current;
            if (model != null && times.equals(confirmed)) return model;
            Map<String, String> state = stateOf(store);
            if (model != null && model.state().equals(state)) {
                if (times.settled()) confirmed = times;
                return model;
            }
            synchronized (this) {
                model = current;
                if (model != null && model.state().equals(state)) return model;
                confirmed = null;
                model = read(store);
                current = model;
                return model;
            }
        }
    }

    /** The modification times of the catalog and quarantine folders, and whether they were old when read. */
    private record FolderTimes(long catalog, long quarantine, boolean settled) {
        static FolderTimes of(DataStore store) {
            long now = System.currentTimeMillis();
            long catalog = modified(store.root().resolve("catalog"));
            long quarantine = modified(store.quarantineDir());
            return new FolderTimes(catalog, quarantine, now - Math.max(catalog, quarantine) >= Cache.SETTLED_MILLIS);
        }

        private static long modified(Path folder) {
            try {
                return Files.getLastModifiedTime(folder).toMillis();
            } catch (NoSuchFileException absent) {
                return 0;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
