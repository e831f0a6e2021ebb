package nl.regioplan.pipeline.web;

import nl.regioplan.pipeline.store.DataStore;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.themes.ThemeMatrix;
import nl.regioplan.pipeline.themes.ThemeMeasure;

import java.util.List;

/**
 * {@code GET /api/themes/matrix}: passages per region and IZA theme, the matrix of {@code regioplan themes}. Each
 * passage counts once per theme it carries, as the search's theme facet counts it, so a cell's number is the
 * number of hits its drill-down search finds.
 */
final class ThemeMatrixEndpoint implements ApiEndpoint {
    private final DataStore store;

    ThemeMatrixEndpoint(DataStore store) {
        this.store = store;
    }

    @Override
    public ApiResponse handle(ApiRequest request) {
        ThemeMatrix matrix = ThemeMatrix.from(store, ThemeMeasure.PASSAGES);
        List<Row> rows = matrix.rows().stream().map(r -> new Row(r.region(), r.documents(), r.pages(),
                r.values().stream().map(Math::round).toList())).toList();
        return ApiResponse.json(new Matrix("passages", matrix.themes(), rows));
    }

    record Matrix(String measure, List<IzaTheme> themes, List<Row> rows) {
    }

    record Row(String region, int documents, int pages, List<Long> values) {
    }
}
