package nl.regioplan.index.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How many records match ({@code total}), how many hits they make ({@code hitCount}: a search shows one hit for each
 * page of a document, its best record, so this is what a pager counts), the hits of one page of results, and, per facet name, its values with their counts over all matches (most frequent first).
 * A facet that is filtered on counts as if its own filter were absent (drill sideways), so its list still
 * shows the alternatives a user can switch to; every other filter applies.
 */
public record SearchResult(long total, long hitCount, List<Hit> hits, Map<String, Map<String, Long>> facets) {
    public SearchResult {
        hits = List.copyOf(hits);
        facets = Collections.unmodifiableMap(new LinkedHashMap<>(facets));
    }

    public static SearchResult empty() {
        return new SearchResult(0, 0, List.of(), Map.of());
    }
}
