package nl.regioplan.pipeline.cli;

import nl.regioplan.index.schema.Facet;
import nl.regioplan.index.search.SearchRequest;
import nl.regioplan.pipeline.themes.IzaTheme;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns what a user typed after --region, --party, --type, --theme and --year into the values the index's facets
 * hold, so a filter never silently finds nothing: letter case does not matter, a unique start of a value is
 * enough ("GGD" for "GGD (regio)"), and anything else is an error that names the valid values.
 */
final class SearchFilters {
    /** Beyond this many, an error lists the first ones and says how many more there are. */
    private static final int LISTED = 25;

    private final Map<String, Map<String, Long>> known;
    private final Consumer<String> notes;

    /**
     * @param known every facet's values over the whole index, as a blank search counts them
     * @param notes hears which values a typed start stood for, when it stood for several
     */
    SearchFilters(Map<String, Map<String, Long>> known, Consumer<String> notes) {
        this.known = known;
        this.notes = notes;
    }

    SearchRequest apply(SearchRequest request, String region, String theme, String party, String type, String year) {
        request = facet(request, Facet.REGION, "--region", "regions", region);
        request = facet(request, Facet.PARTY, "--party", "parties", party);
        request = facet(request, Facet.TYPE, "--type", "document types", type);
        if (present(theme)) request = request.filter(Facet.THEME, IzaTheme.require(theme.strip()).code());
        if (present(year)) request = request.filter(Facet.YEAR, year(year));
        return request;
    }

    private static String year(String typed) {
        String y = typed.strip();
        if (!y.matches("(19|20|21)\\d\\d"))
            throw new IllegalArgumentException("--year takes a year such as 2027, not '" + typed + "'");
        return y;
    }

    private SearchRequest facet(SearchRequest request, Facet facet, String option, String plural, String typed) {
        if (!present(typed)) return request;
        List<String> values = resolve(typed, known.getOrDefault(facet.dim(), Map.of()).keySet(), option, plural);
        if (values.size() > 1) notes.accept(option + " " + typed + " stands for " + String.join(", ", values));
        for (String value : values) request = request.filter(facet, value);
        return request;
    }

    /** The exact value (any case); else every value that starts with what was typed; else an error. */
    static List<String> resolve(String typed, Collection<String> values, String option, String plural) {
        String wanted = typed.strip().toLowerCase(Locale.ROOT);
        List<String> exact = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).equals(wanted)).toList();
        if (!exact.isEmpty()) return exact.subList(0, 1);
        List<String> starting = values.stream().filter(v -> v.toLowerCase(Locale.ROOT).startsWith(wanted)).sorted().toList();
        if (!starting.isEmpty() && !wanted.isEmpty()) return starting;
        if (values.isEmpty())
            throw new IllegalArgumentException("no " + plural + " in the index, so " + option + " '" + typed + "' finds nothing");
        List<String> sorted = values.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        String listed = String.join(", ", sorted.subList(0, Math.min(LISTED, sorted.size())))
                + (sorted.size() > LISTED ? " and " + (sorted.size() - LISTED) + " more" : "");
        throw new IllegalArgumentException("no " + plural + " match " + option + " '" + typed + "'; " + plural + ": " + listed);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
