package nl.regioplan.extractors.clean;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Finds running headers, footers and page numbers: lines at the top or bottom edge of a page that repeat on
 * several pages once digits are ignored ("Regioplan Achterhoek | pagina 3" and "... | pagina 4" are the same
 * line). A line is only called running when it repeats, so a one-off heading at the top of a page survives.
 */
public final class RunningHeaderFooterFilter {
    private static final Pattern DIGITS = Pattern.compile("\\p{N}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final int minPages;

    /** Lines must repeat on at least 3 pages, or on every page of a shorter document. */
    public RunningHeaderFooterFilter() {
        this(3);
    }

    public RunningHeaderFooterFilter(int minPages) {
        if (minPages < 2) throw new IllegalArgumentException("a running line repeats on at least 2 pages");
        this.minPages = minPages;
    }

    /**
     * @param edgeLinesPerPage per page, the text of the lines at its top and bottom edge
     * @return true for a line text that is a running header, footer or page number in this document
     */
    public Predicate<String> runningLines(List<List<String>> edgeLinesPerPage) {
        int needed = Math.min(minPages, Math.max(2, edgeLinesPerPage.size()));
        Map<String, Integer> pagesPerKey = new HashMap<>();
        for (List<String> lines : edgeLinesPerPage) {
            Set<String> keys = new HashSet<>();
            for (String line : lines) {
                String key = key(line);
                if (!key.isEmpty()) keys.add(key);
            }
            keys.forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
        }
        Set<String> running = new HashSet<>();
        pagesPerKey.forEach((key, pages) -> {
            if (pages >= needed) running.add(key);
        });
        return line -> running.contains(key(line));
    }

    /** The line as compared across pages: case, spacing and every number ignored. */
    static String key(String line) {
        String s = Normalizer.normalize(line, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = DIGITS.matcher(s).replaceAll("#");
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
