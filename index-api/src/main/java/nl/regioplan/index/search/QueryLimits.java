package nl.regioplan.index.search;

import java.time.Duration;

/**
 * What one search may ask of the index. A GET request costs its sender nothing, so without bounds a page on
 * any site could make the analyst's browser send 144 {@code word~2} terms (9.6 s of CPU each) or 150 phrases. The
 * bounds sit far above what a person types: a long hand-written query has a dozen terms and two or three phrases.
 */
public record QueryLimits(int maxLength, int maxDepth, int maxClauses, int maxPhrases, int maxFuzzy, int maxWildcards,
                          Duration timeout) {
    public static final QueryLimits DEFAULT = new QueryLimits(4_000, 20, 64, 16, 4, 8, Duration.ofSeconds(3));
}
