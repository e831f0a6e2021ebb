package nl.regioplan.pipeline.web;

import nl.regioplan.index.PlanIndex;
import nl.regioplan.pipeline.themes.IzaTheme;
import nl.regioplan.pipeline.themes.Regions;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/themes/matrix}: passages per region (rows) and IZA theme (columns, A-L then W). Taken from the
 * index, which counts each passage once per theme as the search's theme facet does, so a cell's number is the
 * total its drill-down search (region + theme) finds.
 */
final class ThemeMatrixEndpoint implements ApiEndpoint {
    private final PlanIndex index;

    ThemeMatrixEndpoint(PlanIndex index) {
        this.index = index;
    }

    @Override
    public ApiResponse handle(ApiRequest request) throws IOException {
        Map<String, Map<String, Long>> passages = index.themeMatrix().passages();
        List<IzaTheme> themes = IzaTheme.all();
        List<Row> rows = Regions.sorted(passages.keySet()).stream().map(region -> {
            Map<String, Long> counts = passages.get(region);
            return new Row(region, themes.stream().map(t -> counts.getOrDefault(t.code(), 0L)).toList());
        }).toList();
        return ApiResponse.json(new Matrix("passages", themes, rows));
    }

    /** @param values one per theme, in the order of {@code themes} */
    record Row(String region, List<Long> values) {
    }

    record Matrix(String measure, List<IzaTheme> themes, List<Row> rows) {
    }
}
