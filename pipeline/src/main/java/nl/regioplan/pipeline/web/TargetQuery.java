package nl.regioplan.pipeline.web;

import nl.regioplan.extractors.records.TargetRecord;
import nl.regioplan.pipeline.themes.IzaTheme;

import java.util.List;
import java.util.Set;

/**
 * The filters of {@code /api/targets}; null means "any". The same filters as the page's targets tab, so a CSV
 * asked of the API holds the rows the page shows.
 *
 * @param region compared without regard to case, against the target's region or else its document's
 * @param theme  an IZA theme code (A-L, W)
 * @param year   the deadline's year
 * @param kind   outcome, milestone or ambition
 */
record TargetQuery(String region, String theme, Integer year, String kind) {
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
        return new TargetQuery(request.query("region"), theme, request.intQuery("year", 1900, 2200), kind);
    }

    boolean isEmpty() {
        return region == null && theme == null && year == null && kind == null;
    }

    boolean matches(TargetRecord target, String region) {
        return (this.region == null || this.region.equalsIgnoreCase(region))
                && (theme == null || hasTheme(target.themes()))
                && (year == null || year.equals(target.deadlineYear()))
                && (kind == null || kind.equals(target.kind()));
    }

    private boolean hasTheme(List<String> codes) {
        return codes.stream().anyMatch(theme::equalsIgnoreCase);
    }
}
