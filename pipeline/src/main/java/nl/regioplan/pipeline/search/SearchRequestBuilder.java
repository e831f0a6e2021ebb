package nl.regioplan.pipeline.search;

import nl.regioplan.index.SearchIndex;
import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.schema.RecordKind;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.pipeline.store.PlanDocument;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * Builds the index request of a reader's search, the same for {@code regioplan search} and {@code /api/search}, so
 * the relevance check of one is a check of the other: the query as typed (blank finds everything), the facet
 * values already resolved, the record kinds, one page.
 */
public final class SearchRequestBuilder {
    /**
     * Which records a search ranks. The command line ranks every kind (a target or a document title can be the
     * best hit of a page); the web page ranks passages only, because its theme matrix counts passages and a
     * cell's number must be the total of the search it drills down to.
     */
    public enum Scope { EVERY_RECORD, PASSAGES }

    private final SearchIndex index;

    public SearchRequestBuilder(SearchIndex index) {
        this.index = index;
    }

    /**
     * @param filters facet values as the index holds them; region {@value PlanDocument#NATIONAL} also finds the
     *                records that name no region (documents from data folders written before regions were
     *                decided at ingest)
     */
    public SearchRequest request(String query, Map<Facet, Set<String>> filters, Scope scope, int limit, int offset)
            throws IOException {
        Map<Facet, Set<String>> all = new EnumMap<>(Facet.class);
        all.putAll(filters);
        if (scope == Scope.PASSAGES) all.put(Facet.RECORD, Set.of(RecordKind.PASSAGE.value()));
        String q = query == null || query.isBlank() ? null : query;
        Set<String> regions = all.get(Facet.REGION);
        if (regions != null && regions.size() == 1 && PlanDocument.NATIONAL.equalsIgnoreCase(regions.iterator().next())) {
            all.remove(Facet.REGION);
            return new SearchRequest(nationalOnly(q, scope), all, limit, offset);
        }
        return new SearchRequest(q, all, limit, offset);
    }

    /** The query limited to records without a region of their own or with region Landelijk. */
    private String nationalOnly(String q, Scope scope) throws IOException {
        SearchRequest every = SearchRequest.of("").page(1, 0);
        if (scope == Scope.PASSAGES) every = every.filter(Facet.RECORD, RecordKind.PASSAGE.value());
        Map<String, Long> regions = index.search(every).facets().getOrDefault(Facet.REGION.dim(), Map.of());
        // A query of NOTs alone matches nothing in Lucene: it needs everything (*:*) to take them from.
        StringBuilder query = new StringBuilder(q == null ? "*:*" : "(" + q + ")");
        for (String other : regions.keySet()) {
            if (other.equalsIgnoreCase(PlanDocument.NATIONAL)) continue;
            query.append(" NOT region:\"").append(other.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return query.toString();
    }
}
