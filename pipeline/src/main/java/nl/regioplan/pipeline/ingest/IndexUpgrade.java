package nl.regioplan.pipeline.ingest;

import nl.regioplan.extractors.records.DocumentRecords;
import nl.regioplan.pipeline.store.CatalogEntry;
import nl.regioplan.pipeline.store.DataStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Re-indexes, from their record files, the documents an older version indexed without hit keys. Such an index
 * counts every matching record as a hit where a search shows one hit a page, and an ingest skips unchanged
 * documents, so without this a data folder kept the old counts until each plan was published again. No PDF is
 * read again. Resumable: a document's records are replaced all at once, and a run that stops half way leaves
 * the rest without keys for the next one to find.
 */
public record IndexUpgrade(DataStore store, DocumentIndexer indexer) {
    private static final DocumentIndexer.AfterCommit NOTHING_WAITS = new DocumentIndexer.AfterCommit() {
        @Override
        public void committed() {
        }

        @Override
        public void failed(RuntimeException error) {
        }
    };

    /** The documents re-indexed (those without a catalog entry or record file are left to ingest and remove). */
    public List<String> run() {
        List<String> older = indexer.documentsWithoutHitKeys();
        if (older.isEmpty()) return List.of();
        Map<String, CatalogEntry> catalog = store.catalog().stream()
                .collect(Collectors.toMap(CatalogEntry::doc, Function.identity(), (a, b) -> a));
        List<String> done = new ArrayList<>();
        for (String doc : older) {
            CatalogEntry entry = catalog.get(doc);
            Optional<DocumentRecords> records = entry == null ? Optional.empty() : store.records(doc);
            if (records.isEmpty()) continue;
            indexer.replace(entry, records.get(), NOTHING_WAITS);
            done.add(doc);
        }
        indexer.commit();
        return done;
    }
}
