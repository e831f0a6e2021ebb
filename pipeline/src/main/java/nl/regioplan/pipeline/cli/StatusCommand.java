package nl.regioplan.pipeline.cli;

import nl.regioplan.pipeline.store.DataStatus;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", description = "Documents, pages, records per type, and the quarantine of a data folder.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print JSON: {documents, pages, records, quarantined}.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DataStore store = data.existing();
        DataStatus status = DataStatus.of(store);
        if (json) {
            System.out.println(DataStore.json().writeValueAsString(status));
            return 0;
        }
        System.out.printf("data folder: %s%n", store.root());
        System.out.printf("documents:   %d (%d pages, %d OCR'd)%n", status.documents(), status.pages(), status.ocrPages());
        System.out.print("records:    ");
        for (Map.Entry<String, Long> e : status.records().entrySet()) System.out.printf(" %s %d", e.getKey(), e.getValue());
        System.out.println();
        System.out.printf("quarantined: %d%n", status.quarantined().size());
        status.quarantined().forEach(q -> System.out.printf("  %s: %s%n", q.file(), q.reason()));
        return 0;
    }
}
