package nl.regioplan.index.search;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.regioplan.index.schema.Facet;

/**
 * A search: Lucene query syntax over the plan text (blank for everything), facet filters (values as the
 * facet lists show them; several values of one facet are alternatives, facets combine with AND), and a page
 * of hits.
 */
public record SearchRequest(String query, Map<Facet, Set<String>> filters, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 1000;
    /** Deep pages cost memory in proportion to offset + limit; nobody pages this far by hand. */
    public static final int MAX_OFFSET = 10_000;

    public SearchRequest {
        query = query == null ? "" : query.strip();
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), DEFAULT_LIMIT, 0);
    }

    /** This request with one more accepted value for a facet. */
    public SearchRequest filter(Facet facet, String value) {
        EnumMap<Facet, Set<String>> more = new EnumMap<>(Facet.class);
        more.putAll(filters);
        Set<String> values = new LinkedHashSet<>(filters.getOrDefault(facet, Set.of()));
        values.add(value);
        more.put(facet, values);
        return new SearchRequest(query, more, limit, offset);
    }

    public SearchRequest page(int limit, int offset) {
        return new SearchRequest(query, filters, limit, offset);
    }
}
