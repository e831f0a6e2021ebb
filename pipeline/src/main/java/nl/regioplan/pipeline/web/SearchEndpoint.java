package nl.regioplan.pipeline.web;

import nl.regioplan.index.SearchIndex;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.Hit;
import nl.regioplan.index.search.RefusedQueryException;
import nl.regioplan.index.search.SearchResult;
import nl.regioplan.pipeline.search.SearchRequestBuilder;
import nl.regioplan.pipeline.store.PlanDocument;

import java.io.IOException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;

/**
 * {@code GET /api/search?q=&region=&theme=&party=&type=&year=&page=}: passages ranked by the index, 20 per page,
 * with facet counts; the request is built as {@code regioplan search} builds its own ({@link SearchRequestBuilder}). Only
 * passages: targets and document titles repeat passage text, and the theme matrix counts passages, so a matrix
 * cell's number is the total of its drill-down search. A blank query finds everything; the facet values are the
 * ones the page shows, taken as they are.
 */
final class SearchEndpoint implements ApiEndpoint {
    static final int PAGE_SIZE = 20;
    /** Deep pages cost the index as much as all pages before them; nobody reads 10,000 hits one page at a time. */
    static final int MAX_PAGE = 500;
    private static final List<Facet> FILTERS = List.of(Facet.REGION, Facet.THEME, Facet.PARTY, Facet.TYPE, Facet.YEAR);

    /**
     * Searches run at most one per core but one at a time; the others wait their turn. A search only uses the CPU, so
     * 16 at once on 2 cores finish no sooner in all than 2 at a time, but each takes 8 times as long, and every cheap
     * request (status, the targets table, the page itself) waits behind them for a slice of the CPU. One core is
     * left to those and to the server's own work (reading requests, writing answers): on 2 cores, with 16 clients,
     * one search at a time answered as many searches per second as two at a time (442 and 436 req/s), and status
     * and targets twice as fast (p95 18 and 23 ms, against 31 and 35).
     */
    private final Semaphore running = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() - 1), true);
    private final SearchIndex index;
    private final SearchRequestBuilder requests;

    SearchEndpoint(SearchIndex index) {
        this.index = index;
        this.requests = new SearchRequestBuilder(index);
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : FILTERS) {
            String value = request.query(facet.dim());
            if (value != null) filters.put(facet, Set.of(value));
        }
        if (filters.containsKey(Facet.YEAR)) request.intQuery(Facet.YEAR.dim(), 1000, 9999);
        Integer page = request.intQuery("page", 1, MAX_PAGE);
        int number = page == null ? 1 : page;
        String q = request.query("q");
        try {
            running.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting to search", e);
        }
        try {
            SearchResult result = index.search(requests.request(q, filters, SearchRequestBuilder.Scope.PASSAGES, PAGE_SIZE,
                    (number - 1) * PAGE_SIZE));
            Map<Facet, Set<String>> withoutRegion = new EnumMap<>(filters);
            withoutRegion.remove(Facet.REGION);
            SearchResult anyRegion = filters.containsKey(Facet.REGION)
                    ? index.search(requests.request(q, withoutRegion, SearchRequestBuilder.Scope.PASSAGES, 1, 0)) : result;
            return ApiResponse.json(new Results(q, number, PAGE_SIZE, result.total(), result.hitCount(),
                    result.hits().stream().map(Result::of).toList(), facets(result, anyRegion)));
        } catch (RefusedQueryException e) {
            throw ApiException.badRequest(e.dutchMessage());
        } finally {
            running.release();
        }
    }

    /** The facets, with the passages that name no region counted under Landelijk. */
    private static Map<String, Map<String, Long>> facets(SearchResult result, SearchResult anyRegion) {
        Map<String, Map<String, Long>> shown = new LinkedHashMap<>();
        for (Facet facet : FILTERS) shown.put(facet.dim(), result.facets().getOrDefault(facet.dim(), Map.of()));
        Map<String, Long> regions = new LinkedHashMap<>(shown.get(Facet.REGION.dim()));
        long named = anyRegion.facets().getOrDefault(Facet.REGION.dim(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
        long unnamed = anyRegion.total() - named;
        if (unnamed > 0) regions.merge(PlanDocument.NATIONAL, unnamed, Long::sum);
        shown.put(Facet.REGION.dim(), regions);
        return shown;
    }

    /** @param snippet HTML: escaped plan text with the matched words in {@code <mark>} */
    record Result(String doc, String title, String region, String type, int page, String snippet, float score,
                  String section) {
        static Result of(Hit hit) {
            String region = hit.region() == null || hit.region().isBlank() ? PlanDocument.NATIONAL : hit.region();
            return new Result(hit.doc(), hit.title(), region, hit.type(), hit.page(), hit.snippet(), hit.score(),
                    hit.section());
        }
    }

    /**
     * @param total    the passages that match
     * @param hitCount the hits they make, one a page of a plan: what the pages of results divide
     */
    record Results(String query, int page, int pageSize, long total, long hitCount, List<Result> hits,
                   Map<String, Map<String, Long>> facets) {
    }
}
