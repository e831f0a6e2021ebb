package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code GET /api/themes/matrix?measure=share|passages|targets}: a row per region (Landelijk for the documents that
 * name none), a column per IZA theme (A-L then W). By default the share of each region's plan pages that carry the
 * theme, so a region with many documents does not fill every column; every cell also has its passage count, which
 * is the total its drill-down search (region + theme) finds. The same figures as {@code regioplan themes}.
 */
record ThemeMatrixEndpoint(DataSnapshot.Cache data) implements ApiEndpoint {
    @Override
    public ApiResponse handle(ApiRequest request) {
        ThemeMeasure measure = ThemeMeasure.SHARE;
        String asked = request.query("measure");
        if (asked != null) {
            try {
                measure = ThemeMeasure.parse(asked);
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("onbekende maat: " + asked + "; kies share, passages of targets");
            }
        }
        DataSnapshot snapshot = data.get();
        ThemeMatrix shown = snapshot.matrices().get(measure);
        ThemeMatrix passages = snapshot.matrices().get(ThemeMeasure.PASSAGES);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < shown.rows().size(); i++) {
            ThemeMatrix.Row row = shown.rows().get(i);
            List<Long> counts = passages.rows().get(i).values().stream().map(Math::round).toList();
            rows.add(new Row(row.region(), row.documents(), row.pages(), row.values(), counts));
        }
        return ApiResponse.json(new Matrix(measure.name().toLowerCase(java.util.Locale.ROOT), measure.caption(),
                shown.themes(), rows));
    }

    /**
     * @param values   the measure, one per theme in the order of {@code themes}
     * @param passages passages per theme, the drill-down search's total
     */
    record Row(String region, int documents, int pages, List<Double> values, List<Long> passages) {
    }

    record Matrix(String measure, String caption, List<IzaTheme> themes, List<Row> rows) {
    }
}
