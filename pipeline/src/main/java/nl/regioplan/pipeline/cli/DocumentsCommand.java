package nl.regioplan.pipeline.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.store.PlanDocument;
import nl.regioplan.pipeline.themes.TextTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;

@Command(name = "documents", description = {
        "List the ingested documents with their ids, which `regioplan remove DOC` takes.",
        "Region is the row the document counts for in exports, themes, trace and compare; records counts"
                + " targets, percentages, years, parties and themes (passages apart)."})
final class DocumentsCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--json", description = "Print JSON: [{doc, title, region, type, pages, records, passages, by_type}].")
    boolean json;

    /** One row of the listing; the shape of {@code --json}. */
    record Listed(String doc, String title, String region, String type, int pages, int records, int passages,
                  @JsonProperty("by_type") Map<String, Integer> byType) {
        static Listed of(PlanDocument document) {
            Map<String, Integer> byType = new LinkedHashMap<>(document.recordCounts());
            int passages = byType.remove("passages");
            int records = byType.values().stream().mapToInt(Integer::intValue).sum();
            return new Listed(document.doc(), Objects.requireNonNullElse(document.entry().title(), document.doc()),
                    document.region(), document.entry().type(), document.pages(), records, passages, byType);
        }
    }

    @Override
    public Integer call() throws Exception {
        List<Listed> listed = PlanDocument.load(data.existing()).stream().map(Listed::of).toList();
        if (json) {
            System.out.println(DataStore.json().writeValueAsString(listed));
            return 0;
        }
        if (listed.isEmpty()) {
            System.out.println("no documents in " + data.existing().root() + "; add some with `regioplan ingest PATH`");
            return 0;
        }
        TextTable table = new TextTable(List.of("id", "title", "region", "type", "pages", "records"),
                false, false, false, false, true, true);
        for (Listed l : listed)
            table.add(List.of(l.doc(), shorten(l.title()), l.region(), l.type() == null ? "" : l.type(),
                    Integer.toString(l.pages()), Integer.toString(l.records())));
        System.out.print(table.render());
        System.out.printf("%d document%s%n", listed.size(), listed.size() == 1 ? "" : "s");
        return 0;
    }

    /** A long title would push the numbers off a terminal; the id already identifies the document. */
    private static String shorten(String title) {
        String flat = title.replaceAll("\\s+", " ").strip();
        return flat.length() <= 60 ? flat : flat.substring(0, 59) + "…";
    }
}
