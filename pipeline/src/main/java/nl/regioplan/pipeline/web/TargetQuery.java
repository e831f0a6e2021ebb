package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.themes.IzaTheme;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The filters of {@code /api/targets}; null means "any". The same filters as the page's targets tab, so a CSV
 * asked of the API holds the rows the page shows.
 *
 * @param region compared without regard to case, against the target's region or else its document's
 * @param theme  an IZA theme code (A-L, W)
 * @param year   the deadline's year
 * @param kind   outcome, milestone or ambition
 * @param words  each must occur in the target's text or subject, without regard to case (the page's text filter)
 */
record TargetQuery(String region, String theme, Integer year, String kind, List<String> words) {
    static final Set<String> KINDS = Set.of("outcome", "milestone", "ambition");

    static TargetQuery of(ApiRequest request) {
        String theme = request.query("theme");
        if (theme != null) {
            theme = IzaTheme.byCode(theme).map(IzaTheme::code).orElseThrow(() -> ApiException.badRequest(
                    "onbekend thema: " + request.query("theme") + "; kies uit "
                            + String.join(", ", IzaTheme.all().stream().map(IzaTheme::code).toList())));
        }
        String kind = request.query("kind");
        if (kind != null && !KINDS.contains(kind)) {
            throw ApiException.badRequest("onbekende soort doel: " + kind + "; kies uit outcome, milestone, ambition");
        }
        String text = request.query("text");
        List<String> words = text == null ? List.of() : List.of(text.toLowerCase(Locale.ROOT).split("\\s+"));
        return new TargetQuery(request.query("region"), theme, request.intQuery("year", 1900, 2200), kind, words);
    }

    boolean isEmpty() {
        return region == null && theme == null && year == null && kind == null && words.isEmpty();
    }

    boolean matches(TargetRecord target, String region) {
        return (this.region == null || this.region.equalsIgnoreCase(region))
                && (theme == null || hasTheme(target.themes()))
                && (year == null || year.equals(target.deadlineYear()))
                && (kind == null || kind.equals(target.kind()))
                && hasWords(target);
    }

    private boolean hasWords(TargetRecord target) {
        if (words.isEmpty()) return true;
        String haystack = (target.text() + " " + (target.subject() == null ? "" : target.subject())).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(haystack::contains);
    }

    private boolean hasTheme(List<String> codes) {
        return codes.stream().anyMatch(theme::equalsIgnoreCase);
    }
}
