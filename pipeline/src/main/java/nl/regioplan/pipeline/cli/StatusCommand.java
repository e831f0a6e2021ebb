package nl.regioplan.pipeline.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import nl.regioplan.pipeline.queue.WorkerStatus;
import nl.regioplan.index.SearchIndex;
import nl.regioplan.index.model.DocumentEntry;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Documents, pages, records per type, and the quarantine of a data folder.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    SearchedIndex searched;

    @Option(names = "--json", description = "Print JSON: {documents, pages, records, quarantined}.")
    boolean json;

    /** What a SolrCloud collection holds: its documents, their pages, and its records by kind. */
    record IndexStatus(String index, int documents, long pages, Map<String, Long> records) {
    }

    @Override
    public Integer call() throws Exception {
        if (searched.address != null) return indexStatus();
        DataStore store = searched.data.existing();
        DataStatus status = DataStatus.of(store);
        List<WorkerStatus> workers = WorkerStatus.all(store);
        if (json) {
            // a data folder that queue workers wrote to also says what each worker did
            Object shown = status;
            if (!workers.isEmpty()) {
                Map<String, Object> withWorkers = DataStore.json().convertValue(status, new TypeReference<>() {
                });
                withWorkers.put("workers", workers);
                shown = withWorkers;
            }
            System.out.println(DataStore.json().writeValueAsString(shown));
            return 0;
        }
        System.out.printf("data folder: %s%n", store.root());
        System.out.printf("documents:   %d (%d pages, %d OCR'd)%n", status.documents(), status.pages(), status.ocrPages());
        System.out.print("records:    ");
        for (Map.Entry<String, Long> e : status.records().entrySet()) System.out.printf(" %s %d", e.getKey(), e.getValue());
        System.out.println();
        System.out.printf("quarantined: %d%n", status.quarantined().size());
        status.quarantined().forEach(q -> System.out.printf("  %s: %s%n", q.file(), q.reason()));
        if (!workers.isEmpty()) System.out.printf("workers:     %d%n", workers.size());
        workers.forEach(w -> System.out.printf("  %s%n", w.line()));
        return 0;
    }

    private int indexStatus() throws Exception {
        IndexStatus status;
        try (SearchIndex index = searched.openExisting()) {
            List<DocumentEntry> documents = index.documents();
            Map<String, Long> records = new LinkedHashMap<>();
            index.search(SearchRequest.of("").page(1, 0)).facets().getOrDefault(Facet.RECORD.dim(), Map.of())
                    .forEach((kind, count) -> records.put(kind + "s", count));
            status = new IndexStatus(index.address(), documents.size(),
                    documents.stream().mapToLong(DocumentEntry::pages).sum(), records);
        }
        if (json) {
            System.out.println(DataStore.json().writeValueAsString(status));
            return 0;
        }
        System.out.printf("index:       %s%n", status.index());
        System.out.printf("documents:   %d (%d pages)%n", status.documents(), status.pages());
        System.out.print("records:    ");
        status.records().forEach((kind, count) -> System.out.printf(" %s %d", kind, count));
        System.out.println();
        return 0;
    }
}
