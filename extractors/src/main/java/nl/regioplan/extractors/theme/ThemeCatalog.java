package nl.regioplan.extractors.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.regioplan.corpus.table.DataTable;

/**
 * The IZA themes ({@code themes.tsv}): the one list of codes, labels and descriptions that the tagger's records
 * and every view of the pipeline (matrix, compare, trace, exports, web) take their theme names from.
 */
public final class ThemeCatalog {
    /**
     * @param label       the name users see (records, column titles)
     * @param description the full wording of themes.md
     */
    public record Theme(String code, String label, String description) {
    }

    private static final List<Theme> ALL = load();

    private ThemeCatalog() {
    }

    /** Every theme, A to L then W: the column order of every matrix. */
    public static List<Theme> all() {
        return ALL;
    }

    /** Code to label, in catalogue order. */
    public static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Theme t : ALL) labels.put(t.code(), t.label());
        return labels;
    }

    private static List<Theme> load() {
        try (InputStream in = ThemeCatalog.class.getResourceAsStream("themes.tsv")) {
            List<Theme> themes = new ArrayList<>();
            for (String[] row : DataTable.rows(in, '\t', 3, "themes.tsv")) themes.add(new Theme(row[0], row[1], row[2]));
            return List.copyOf(themes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
