package nl.regioplan.pipeline.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import nl.regioplan.index.SearchIndex;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.pipeline.search.SearchRequestBuilder;
import nl.regioplan.pipeline.store.DataStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(name = "search", description = {
        "Search all plans; every hit has its page.",
        "Query syntax is Lucene's: words, phrases in quotes, AND, OR and NOT.",
        "Fields: region:Twente, theme:F, party:GGD, type:regioplan, doc:ID.",
        "Years: year:2027, or a range such as year:[2025 TO 2030].",
        "Headings: section:wachttijden finds passages under such a heading.",
        "The filter options take the values the facets list, in any letter case."})
final class SearchCommand implements Callable<Integer> {
    @Mixin
    SearchedIndex searched;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "Words, phrases or a Lucene query.")
    List<String> query;

    @Option(names = "--region", paramLabel = "REGION", description = "Only this region (or regions starting so).") String region;
    @Option(names = "--theme", paramLabel = "CODE", description = "Only this IZA theme code (A-L, W).") String theme;
    @Option(names = "--party", paramLabel = "PARTY", description = "Only passages naming this party (\"GGD\" also finds \"GGD (regio)\").") String party;
    @Option(names = "--type", paramLabel = "TYPE", description = "Only this document type.") String type;
    @Option(names = "--year", paramLabel = "YEAR", description = "Only passages naming this year and targets due in it.") String year;
    @Option(names = "--limit", paramLabel = "N", description = "Hits to show (default ${DEFAULT-VALUE}).") int limit = 10;
    @Option(names = "--json", description = "Print JSON: {total, hits, facets}.") boolean json;

    @Override
    public Integer call() throws Exception {
        SearchResult result;
        try (SearchIndex index = searched.openExisting()) {
            SearchFilters filters = new SearchFilters(index.search(SearchRequest.of("").page(1, 0)).facets(),
                    note -> System.err.println("regioplan: " + note));
            Map<Facet, Set<String>> values = filters.apply(SearchRequest.of(""), region, theme, party, type, year).filters();
            result = index.search(new SearchRequestBuilder(index).request(String.join(" ", query), values,
                    SearchRequestBuilder.Scope.EVERY_RECORD, limit, 0));
        }
        if (json) {
            System.out.println(DataStore.json().writeValueAsString(toJson(result)));
        } else {
            print(result);
        }
        return 0;
    }

    /**
     * The shape scripts rely on: {"total", "hitCount", "hits": [{doc, title, region, type, page, snippet, score}],
     * "facets"}; total counts the matching records, hitCount the hits they make (one a page of a plan).
     */
    static ObjectNode toJson(SearchResult result) {
        ObjectNode root = DataStore.json().createObjectNode();
        root.put("total", result.total());
        root.put("hitCount", result.hitCount());
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
        System.out.printf("%d hit%s (one a page; %d matching record%s)%n", result.hitCount(), result.hitCount() == 1 ? "" : "s",
                result.total(), result.total() == 1 ? "" : "s");
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
