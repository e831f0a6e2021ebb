package nl.regioplan.index.search;

import java.util.Map;

/**
 * Per region (rows) and IZA theme (columns): how many passages and how many targets carry the theme. Each
 * row equals the theme facet of a search for everything filtered on that region and record kind.
 */
public record ThemeMatrix(Map<String, Map<String, Long>> passages, Map<String, Map<String, Long>> targets) {
    public ThemeMatrix {
        passages = Map.copyOf(passages);
        targets = Map.copyOf(targets);
    }
}
