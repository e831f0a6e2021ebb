package nl.regioplan.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regioplan.index.PlanIndex;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "search", description = {
        "Search all plans. Lucene query syntax: phrases (\"administratieve lasten\"), AND/OR/NOT,",
        "field:value (region:, theme:, party:, type:, year:, doc:). Every hit has its page."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words, phrases or a Lucene query.")
    List<String> query;

    @Option(names = "--region", description = "Only this region.") String region;
    @Option(names = "--theme", description = "Only this IZA theme code (A-L, W).") String theme;
    @Option(names = "--party", description = "Only passages naming this party.") String party;
    @Option(names = "--type", description = "Only this document type.") String type;
    @Option(names = "--year", description = "Only this (deadline) year.") String year;
    @Option(names = "--limit", description = "Hits to show (default ${DEFAULT-VALUE}).") int limit = 10;
    @Option(names = "--json", description = "Print JSON: {total, hits, facets}.") boolean json;

    @Override
    public Integer call() throws Exception {
        DataStore store = data.store();
        if (!Files.isDirectory(store.indexDir())) {
            throw new IllegalArgumentException("no index in " + store.root() + ": run `regioplan ingest PATH` first");
        }
        SearchRequest request = SearchRequest.of(String.join(" ", query)).page(limit, 0);
        request = filter(request, Facet.REGION, region);
        request = filter(request, Facet.THEME, theme == null ? null : theme.toUpperCase(Locale.ROOT));
        request = filter(request, Facet.PARTY, party);
        request = filter(request, Facet.TYPE, type);
        request = filter(request, Facet.YEAR, year);
        SearchResult result;
        try (PlanIndex index = PlanIndex.open(store.indexDir())) {
            result = index.search(request);
        }
        if (json) {
            System.out.println(DataStore.json().writeValueAsString(toJson(result)));
        } else {
            print(result);
        }
        return 0;
    }

    private static SearchRequest filter(SearchRequest request, Facet facet, String value) {
        return value == null || value.isBlank() ? request : request.filter(facet, value);
    }

    /** The shape scripts rely on: {"total", "hits": [{doc, title, region, type, page, snippet, score}], "facets"}. */
    static ObjectNode toJson(SearchResult result) {
        ObjectNode root = DataStore.json().createObjectNode();
        root.put("total", result.total());
        ArrayNode hits = root.putArray("hits");
        for (Hit h : result.hits()) {
            ObjectNode hit = hits.addObject();
            hit.put("doc", h.doc());
            hit.put("title", h.title());
            hit.put("region", h.region());
            hit.put("type", h.type());
            hit.put("page", h.page());
            hit.put("snippet", h.snippet());
            hit.put("score", h.score());
            hit.put("record", h.record());
            hit.put("kind", h.kind());
            hit.put("section", h.section());
        }
        ObjectNode facets = root.putObject("facets");
        for (Map.Entry<String, Map<String, Long>> facet : result.facets().entrySet()) {
            ObjectNode counts = facets.putObject(facet.getKey());
            facet.getValue().forEach(counts::put);
        }
        return root;
    }

    private static void print(SearchResult result) {
        System.out.printf("%d hit%s%n", result.total(), result.total() == 1 ? "" : "s");
        int rank = 0;
        for (Hit h : result.hits()) {
            rank++;
            System.out.printf("%n%2d. %s | %s | p. %d%s%n", rank, h.region() == null ? "(regio onbekend)" : h.region(),
                    h.title(), h.page(), h.section() == null || h.section().isBlank() ? "" : " | " + h.section());
            System.out.printf("    %s%n", h.plainSnippet().replaceAll("\\s+", " "));
        }
        for (Map.Entry<String, Map<String, Long>> facet : result.facets().entrySet()) {
            if (facet.getValue().isEmpty()) continue;
            StringBuilder line = new StringBuilder();
            facet.getValue().entrySet().stream().limit(8)
                    .forEach(e -> line.append(line.isEmpty() ? "" : ", ").append(e.getKey()).append(" (").append(e.getValue()).append(')'));
            System.out.printf("%n%-7s %s", facet.getKey() + ":", line);
        }
        System.out.println();
    }
}
